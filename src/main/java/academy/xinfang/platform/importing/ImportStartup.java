package academy.xinfang.platform.importing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports every feature's folder once the schema is migrated, in {@link ImportSource#order() order}, each in its own
 * transaction (no transaction surrounds this bean). A bad file is reported, never fatal; neither is a failed import
 * as a whole (typically two cluster nodes importing the same new file at once, one losing on the unique key): the
 * versions already published stay, the next kinds are still imported, and the application still starts.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportStartup {
    private static final Logger LOG = Logger.getLogger(ImportStartup.class.getName());

    @Inject
    ImportService imports;

    @PostConstruct
    void start() {
        for (String kind : imports.kinds()) {
            try {
                imports.importOnStartup(kind);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "event=" + kind + ".importFailed reason=" + e, e);
            }
        }
    }
}
