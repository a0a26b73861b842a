package academy.xinfang.progress.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the course folder after the modules, banks and scenarios it refers to, so references are checked against
 * what is online. A bad file is reported, never fatal; neither is a failed import as a whole (two cluster nodes
 * importing the same new file): the versions already followed stay, and the application still starts.
 */
@Singleton
@Startup
@DependsOn({"PlatformStartup", "ContentStartup", "QuizStartup", "ScenarioStartup"})
public class CourseStartup {
    private static final Logger LOG = Logger.getLogger(CourseStartup.class.getName());

    @Inject
    CourseImportService importer;

    @PostConstruct
    void start() {
        try {
            importer.importOnStartup();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "event=course.importFailed reason=" + e, e);
        }
    }
}
