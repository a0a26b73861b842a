package academy.xinfang.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with the Flyway scripts in {@code db/migration}. The same scripts run on
 * H2 and MySQL/MariaDB; the only differences come in through placeholders: {@code table_options} makes MySQL store
 * utf8mb4 whatever the server's default, {@code clob} names the large-text type.
 */
public final class DatabaseMigrations {
    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders(dataSource))
                .load();
        return flyway.migrate();
    }

    static Map<String, String> placeholders(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean h2 = "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            return Map.of(
                    "table_options", h2 ? "" : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
                    "clob", h2 ? "CLOB" : "LONGTEXT");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
