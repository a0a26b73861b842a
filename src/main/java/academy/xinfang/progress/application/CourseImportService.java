package academy.xinfang.progress.application;

import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.roleplay.application.RolePlayCompletion;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the course folder ({@code academy.courses.dir}) at startup and when an administrator asks, and keeps the
 * last report; see {@link CourseImporter} for the rules.
 */
@Stateless
public class CourseImportService {
    private static final Logger LOG = Logger.getLogger(CourseImportService.class.getName());

    @Inject
    CourseRepository repository;

    @Inject
    CourseItems items;

    @Inject
    Clock clock;

    @Inject
    RolePlayCompletion rolePlays;

    @Inject
    CourseImportLog log;

    @Inject
    @ConfigProperty(name = "academy.courses.dir", defaultValue = "content/courses")
    String coursesDir;

    /** Called by the startup bean only, before any user exists in the request. */
    @PermitAll
    public CourseImportReport importOnStartup() {
        return importFolder();
    }

    @RolesAllowed("ADMIN")
    public CourseImportReport reimport() {
        return importFolder();
    }

    @RolesAllowed("ADMIN")
    public CourseImportReport lastReport() {
        return log.last();
    }

    private CourseImportReport importFolder() {
        Path dir = Path.of(coursesDir);
        CourseFolder.Result files = CourseFolder.read(dir);
        CourseImportReport report = new CourseImporter(repository, items::knownContent, clock, rolePlays.passingRuns())
                .importAll(files.files(), files.problems());
        LOG.info(() -> "event=course.imported dir=" + dir.toAbsolutePath() + " added=" + report.added() + " updated="
                + report.updated() + " unchanged=" + report.unchanged() + " refused=" + report.refused());
        report.problems().forEach(p -> LOG.warning(() -> "event=course.problem " + p));
        log.record(report);
        return report;
    }
}
