package academy.xinfang.roleplay.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Imports the scenario folder once the schema is migrated. A bad file is reported, never fatal: the rest still loads. */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class ScenarioStartup {
    @Inject
    ScenarioImportService importer;

    @PostConstruct
    void start() {
        importer.importOnStartup();
    }
}
