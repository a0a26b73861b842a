package academy.xinfang.content.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Imports content/ once the schema is migrated. A bad file is reported, never fatal: the rest still loads. */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class ContentStartup {
    @Inject
    ContentImportService importer;

    @PostConstruct
    void start() {
        importer.importOnStartup();
    }
}
