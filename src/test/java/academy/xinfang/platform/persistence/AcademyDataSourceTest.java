package academy.xinfang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class AcademyDataSourceTest {

    @Test
    void driverUrlRewritesMariadbToMysql() {
        assertThat(AcademyDataSource.driverUrl("jdbc:mariadb://db:3306/academy?useSSL=false"))
                .isEqualTo("jdbc:mysql://db:3306/academy?useSSL=false");
    }

    @Test
    void driverUrlLeavesMysqlUrlAlone() {
        assertThat(AcademyDataSource.driverUrl("jdbc:mysql://db:3306/academy"))
                .isEqualTo("jdbc:mysql://db:3306/academy");
    }

    @Test
    void driverUrlMakesH2WriteEveryCommitBeforeAcknowledgingIt() {
        assertThat(AcademyDataSource.driverUrl("jdbc:h2:./data/academy;MODE=MySQL"))
                .isEqualTo("jdbc:h2:./data/academy;MODE=MySQL;WRITE_DELAY=0");
    }

    @Test
    void driverUrlKeepsAWriteDelayChosenInTheUrl() {
        assertThat(AcademyDataSource.driverUrl("jdbc:h2:./data/academy;write_delay=100"))
                .isEqualTo("jdbc:h2:./data/academy;write_delay=100");
    }

    @Test
    void driverUrlOnlyRewritesTheMariadbPrefix() {
        assertThat(AcademyDataSource.driverUrl("jdbc:mysql://mariadb/jdbc:mariadb:x"))
                .isEqualTo("jdbc:mysql://mariadb/jdbc:mariadb:x");
    }

    @Test
    void driverUrlRejectsNullEmptyAndBlank() {
        assertThatThrownBy(() -> AcademyDataSource.driverUrl(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DB_URL");
        assertThatThrownBy(() -> AcademyDataSource.driverUrl("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcademyDataSource.driverUrl("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void driverClassOfH2UrlIsH2Driver() {
        assertThat(AcademyDataSource.driverClass("jdbc:h2:mem:x")).isEqualTo("org.h2.Driver");
    }

    @Test
    void driverClassOfMysqlUrlIsConnectorJ() {
        assertThat(AcademyDataSource.driverClass("jdbc:mysql://db/academy")).isEqualTo("com.mysql.cj.jdbc.Driver");
    }

    @Test
    void driverClassOfRewrittenMariadbUrlIsConnectorJ() {
        assertThat(AcademyDataSource.driverClass(AcademyDataSource.driverUrl("jdbc:mariadb://db/academy")))
                .isEqualTo("com.mysql.cj.jdbc.Driver");
    }

    @Test
    void driverClassRejectsOtherDatabasesWithoutRevealingThePassword() {
        assertThatThrownBy(() -> AcademyDataSource.driverClass(
                        "jdbc:postgresql://db/academy?user=app&password=S3cret-pw&ssl=true"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://db/academy")
                .hasMessageContaining("password=***")
                .hasMessageNotContaining("S3cret-pw");
    }

    @Test
    void driverClassHidesPasswordInSemicolonStyleUrl() {
        assertThatThrownBy(() -> AcademyDataSource.driverClass(
                        "jdbc:sqlserver://db;user=app;password=S3cret-pw;databaseName=academy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("S3cret-pw")
                .hasMessageContaining("databaseName=academy");
    }

    @Test
    void getConnectionOnH2MemoryUrlReturnsWorkingConnection() throws SQLException {
        AcademyDataSource dataSource = new AcademyDataSource();
        dataSource.setUrl("jdbc:h2:mem:academy-datasource-test");
        dataSource.setUser("sa");
        dataSource.setPassword("");

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select 1")) {
            assertThat(connection.isValid(1)).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void getConnectionWithoutUrlIsRejected() {
        assertThatThrownBy(() -> new AcademyDataSource().getConnection()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void getConnectionOnUnsupportedUrlIsRejected() {
        AcademyDataSource dataSource = new AcademyDataSource();
        dataSource.setURL("jdbc:oracle:thin:@db:1521:academy");

        assertThat(dataSource.getUrl()).isEqualTo("jdbc:oracle:thin:@db:1521:academy");
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unwrapsToItselfAndRejectsOtherInterfaces() throws SQLException {
        AcademyDataSource dataSource = new AcademyDataSource();

        assertThat(dataSource.isWrapperFor(DataSource.class)).isTrue();
        assertThat(dataSource.unwrap(DataSource.class)).isSameAs(dataSource);
        assertThat(dataSource.isWrapperFor(Connection.class)).isFalse();
        assertThatThrownBy(() -> dataSource.unwrap(Connection.class)).isInstanceOf(SQLException.class);
    }

    @Test
    void loginTimeoutIsKept() {
        AcademyDataSource dataSource = new AcademyDataSource();
        dataSource.setLoginTimeout(7);
        assertThat(dataSource.getLoginTimeout()).isEqualTo(7);
    }
}
