package academy.xinfang.progress.application;

import academy.xinfang.platform.ContentHash;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.Importer;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseLoadResult;
import academy.xinfang.progress.domain.CourseLoader;
import academy.xinfang.progress.domain.CourseValidator;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.KnownContent;
import academy.xinfang.progress.domain.PublishedCourse;
import academy.xinfang.progress.persistence.CourseRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.function.Supplier;

/**
 * The progress feature's steps of the {@link Importer import pipeline}: a course file that loads, validates and names
 * only modules, banks and scenarios that are online becomes the next version and is followed from then on; every
 * problem names its file and line. Two files declaring the same course key: the first in name order wins. One
 * importer serves one import: what is online is read once, at the first file.
 */
public class CourseImporter implements Importer<CourseImporter.Loaded> {
    private final CourseRepository repository;
    private final Supplier<KnownContent> knownContent;
    private final Clock clock;
    private final Map<String, IntToLongFunction> passingRuns;
    private KnownContent known;

    /** A course that loaded and validated, with the text of its file. */
    public record Loaded(String file, String text, Course course) {}

    /** An importer that does not weigh role-play thresholds (tests of the other rules). */
    public CourseImporter(CourseRepository repository, Supplier<KnownContent> knownContent, Clock clock) {
        this(repository, knownContent, clock, Map.of());
    }

    /**
     * @param passingRuns per scenario key, how many runs of its authored replies complete an item at a threshold
     *     (the role-play feature's answer, see {@code RolePlayCompletion}); a threshold fewer than two runs meet is
     *     refused
     */
    public CourseImporter(
            CourseRepository repository,
            Supplier<KnownContent> knownContent,
            Clock clock,
            Map<String, IntToLongFunction> passingRuns) {
        this.repository = repository;
        this.knownContent = knownContent;
        this.clock = clock;
        this.passingRuns = Map.copyOf(passingRuns);
    }

    @Override
    public Parsed<Loaded> parse(SourceFolder.SourceFile file) {
        CourseLoadResult loaded = CourseLoader.load(file.name(), file.text());
        if (!loaded.isValid()) {
            return Parsed.refused(loaded.problems());
        }
        Course course = loaded.course().orElseThrow();
        if (known == null) {
            known = knownContent.get();
        }
        List<ImportProblem> unknown = new ArrayList<>(CourseValidator.references(course, known));
        unknown.addAll(CourseValidator.thresholds(course, passingRuns));
        return unknown.isEmpty() ? Parsed.of(new Loaded(file.name(), file.text(), course)) : Parsed.refused(unknown);
    }

    @Override
    public List<ImportProblem> validate(List<Loaded> parsed) {
        return Importer.laterDuplicates(
                parsed,
                l -> l.course().key(),
                Loaded::file,
                (l, earlier) -> ImportProblem.of(
                        l.file(), 1, "course.duplicateCourseKey", l.course().key(), earlier));
    }

    @Override
    public Stored store(Loaded loaded, Instant now) {
        Course course = loaded.course();
        String hash = ContentHash.sha256(loaded.text());
        return Importer.storeIfNew(
                repository.findCourse(course.key()),
                target -> repository.hasVersionWithHash(target, hash),
                () -> repository.add(new PublishedCourse(course.key())),
                target -> {
                    int next = repository
                            .latestVersion(target)
                            .map(v -> v.getVersionNo() + 1)
                            .orElse(1);
                    target.publish(repository.add(
                            new CourseVersion(target, next, hash, loaded.file(), course, loaded.text(), now)));
                });
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
