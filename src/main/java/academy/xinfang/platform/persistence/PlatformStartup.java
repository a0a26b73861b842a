package academy.xinfang.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs at deployment, before any request: migrates the schema, which every feature's startup waits for
 * ({@code @DependsOn("PlatformStartup")}). Any failure here fails the deployment (and the launcher then stops the
 * process) rather than serving on a half-made schema. Flyway commits its own work, so no container transaction may
 * surround it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {
    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean ready;

    @PostConstruct
    void start() {
        MigrateResult result = DatabaseMigrations.migrate(dataSource);
        LOG.info(() -> "event=schema.migrated applied=" + result.migrationsExecuted + " version="
                + result.targetSchemaVersion + " database=" + result.database);
        warnIfCommitsCanBeLost();
        ready = true;
    }

    private void warnIfCommitsCanBeLost() {
        try (Connection c = dataSource.getConnection()) {
            DatabaseDurability.warning(c).ifPresent(w -> LOG.warning(() -> "event=database.notDurable " + w));
        } catch (SQLException e) {
            LOG.warning(() -> "event=database.durabilityUnknown " + e.getMessage());
        }
    }

    public boolean isReady() {
        return ready;
    }
}
