package academy.xinfang.progress.application;

import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.platform.importing.ImportSource;
import academy.xinfang.platform.importing.Importer;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.roleplay.application.RolePlayCompletion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The course folder ({@code academy.courses.dir}) for the import pipeline: every {@code *.yaml}, imported last, so a
 * course is checked against the modules, banks and scenarios online.
 */
@ApplicationScoped
public class CourseSource extends ImportSource {
    public static final FileSet FILES = new FileSet("course", ".yaml", 256 * 1024);
    public static final String KIND = FILES.messages();

    @Inject
    CourseRepository repository;

    @Inject
    CourseItems items;

    @Inject
    Clock clock;

    @Inject
    RolePlayCompletion rolePlays;

    @Inject
    @ConfigProperty(name = "academy.courses.dir", defaultValue = "content/courses")
    String coursesDir;

    public CourseSource() {
        super(FILES, COURSES);
    }

    @Override
    public Path folder() {
        return Path.of(coursesDir);
    }

    @Override
    public Importer<?> importer() {
        return new CourseImporter(repository, items::knownContent, clock, rolePlays.passingRuns());
    }
}
