package academy.xinfang.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema with the Flyway scripts in {@code db/migration}. The same scripts run on
 * H2 and MySQL/MariaDB; the only difference, table options that make MySQL store utf8mb4 whatever the server's
 * default, comes in through the {@code table_options} placeholder.
 */
public final class DatabaseMigrations {
    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("table_options", tableOptions(dataSource)))
                .load();
        return flyway.migrate();
    }

    static String tableOptions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            return "H2".equalsIgnoreCase(product)
                    ? ""
                    : "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
