package academy.xinfang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DatabaseDurabilityTest {

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
            assertThat(DatabaseDurability.warning(c)).hasValueSatisfying(w -> assertThat(w).contains("WRITE_DELAY is 500"));
        }
    }

    @Test
    void innoDbIsDurableOnlyWhenItFlushesItsLogAtEveryCommit() throws Exception {
        try (TestDatabase db = TestDatabases.open(TestDatabase.Kind.MARIADB); Connection c = db.connection();
                Statement s = c.createStatement()) {
            String original;
            try (var rs = s.executeQuery("SELECT @@GLOBAL.innodb_flush_log_at_trx_commit")) {
                rs.next();
                original = rs.getString(1);
            }
            try {
                s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
                assertThat(DatabaseDurability.warning(c)).isEmpty();
                s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
                assertThat(DatabaseDurability.warning(c))
                        .hasValueSatisfying(w -> assertThat(w).contains("innodb_flush_log_at_trx_commit is 2"));
            } finally {
                s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = " + original);
            }
        }
    }
}
