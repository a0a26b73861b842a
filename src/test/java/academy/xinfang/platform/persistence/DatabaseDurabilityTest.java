package academy.xinfang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DatabaseDurabilityTest {

    @Test
    void h2IsDurableOnlyWithoutAWriteDelay() {
        assertThat(DatabaseDurability.warning("H2", "0")).isEmpty();
        assertThat(DatabaseDurability.warning("H2", "500"))
                .hasValueSatisfying(w -> assertThat(w).contains("WRITE_DELAY is 500"));
        assertThat(DatabaseDurability.warning("H2", null)).isPresent();
    }

    @Test
    void innoDbIsDurableOnlyWhenItFlushesItsLogAtEveryCommit() {
        for (String product : new String[] {"MySQL", "MariaDB"}) {
            assertThat(DatabaseDurability.warning(product, "1")).as(product).isEmpty();
            for (String value : new String[] {"0", "2", null}) {
                assertThat(DatabaseDurability.warning(product, value))
                        .as(product + " " + value)
                        .hasValueSatisfying(w -> assertThat(w).contains("innodb_flush_log_at_trx_commit is " + value));
            }
        }
    }

    @Test
    void anH2UrlOpenedThroughTheDataSourceWritesEveryCommit() throws Exception {
        AcademyDataSource ds = new AcademyDataSource();
        ds.setUrl("jdbc:h2:mem:durable;MODE=LEGACY");
        try (Connection c = ds.getConnection()) {
            assertThat(DatabaseDurability.warning(c)).isEmpty();
        }
    }

    @Test
    void anH2WriteDelayIsReported() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:delayed;WRITE_DELAY=500")) {
            assertThat(DatabaseDurability.warning(c))
                    .hasValueSatisfying(w -> assertThat(w).contains("WRITE_DELAY is 500"));
        }
    }

    /** Reads the server's setting, never changes it: the MariaDB server is shared with other test runs. */
    @Test
    void onMariaDbTheWarningFollowsTheServersSetting() throws Exception {
        try (TestDatabase db = TestDatabases.open(TestDatabase.Kind.MARIADB);
                Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@GLOBAL.innodb_flush_log_at_trx_commit")) {
            rs.next();
            String setting = rs.getString(1);
            if (setting.equals("1")) {
                assertThat(DatabaseDurability.warning(c)).isEmpty();
            } else {
                assertThat(DatabaseDurability.warning(c))
                        .hasValueSatisfying(
                                w -> assertThat(w).contains("innodb_flush_log_at_trx_commit is " + setting));
            }
        }
    }
}
