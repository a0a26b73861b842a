package academy.xinfang.roleplay.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the scenario folder once the schema is migrated. A bad file is reported, never fatal: the rest still loads.
 * Neither is a failed import as a whole (typically two cluster nodes importing the same new file at once, one losing
 * on the unique key): the versions already published keep being played, and the application still starts.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class ScenarioStartup {
    private static final Logger LOG = Logger.getLogger(ScenarioStartup.class.getName());

    @Inject
    ScenarioImportService importer;

    @PostConstruct
    void start() {
        try {
            importer.importOnStartup();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "event=roleplay.importFailed reason=" + e, e);
        }
    }
}
