package academy.xinfang.platform.importing;

import academy.xinfang.platform.persistence.ApplicationDataSource;
import academy.xinfang.platform.persistence.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Imports every feature's folder once the schema is migrated, in {@link ImportSource#order() order}, each in its own
 * transaction (no transaction surrounds this bean). A bad file is reported, never fatal; neither is a failed import
 * as a whole (typically two cluster nodes importing the same new file at once, one losing on the unique key): the
 * versions already published stay, the next kinds are still imported, and the application still starts. Nodes of a
 * cluster starting together import in turn ({@link StartupLock}): the second finds everything imported.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportStartup {
    private static final Logger LOG = Logger.getLogger(ImportStartup.class.getName());

    /** Longer than an import of the shipped folders takes on a busy machine. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(5);

    @Inject
    ImportService imports;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void start() {
        StartupLock.runAlone(dataSource, "academy.import", LOCK_WAIT, this::importAll);
    }

    private void importAll() {
        for (String kind : imports.kinds()) {
            try {
                imports.importOnStartup(kind);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "event=" + kind + ".importFailed reason=" + e, e);
            }
        }
    }
}
