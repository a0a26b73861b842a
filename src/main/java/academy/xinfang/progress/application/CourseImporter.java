package academy.xinfang.progress.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseLoadResult;
import academy.xinfang.progress.domain.CourseLoader;
import academy.xinfang.progress.domain.CourseValidator;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.KnownContent;
import academy.xinfang.progress.domain.PublishedCourse;
import academy.xinfang.progress.persistence.CourseRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToLongFunction;
import java.util.function.Supplier;

/**
 * Imports course files idempotently: a file whose exact text was imported before (any version) does nothing; a new
 * text that loads, validates and names only modules, banks and scenarios that are online becomes the next version and
 * is followed from then on; a file with any problem is refused with every problem (file, line) while the version
 * already followed stays current. Two files declaring the same course key: the first in name order wins. Runs inside
 * the caller's transaction.
 */
public class CourseImporter {
    private final CourseRepository repository;
    private final Supplier<KnownContent> knownContent;
    private final Clock clock;
    private final Map<String, IntToLongFunction> passingRuns;

    /** An importer that does not weigh role-play thresholds (tests of the other rules). */
    public CourseImporter(CourseRepository repository, Supplier<KnownContent> knownContent, Clock clock) {
        this(repository, knownContent, clock, Map.of());
    }

    /**
     * @param knownContent the modules, banks and scenarios online, asked of their features when the import runs
     * @param passingRuns per scenario key, how many runs of its authored replies complete an item at a threshold
     *     (the role-play feature's answer, see {@code RolePlayCompletion}); a threshold fewer than two runs meet is
     *     refused
     */
    public CourseImporter(CourseRepository repository, Supplier<KnownContent> knownContent, Clock clock,
            Map<String, IntToLongFunction> passingRuns) {
        this.repository = repository;
        this.knownContent = knownContent;
        this.clock = clock;
        this.passingRuns = Map.copyOf(passingRuns);
    }

    public CourseImportReport importAll(List<SourceFolder.SourceFile> files, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        KnownContent known = knownContent.get();
        Map<String, String> fileOfKey = new HashMap<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (SourceFolder.SourceFile file : files) {
            CourseLoadResult loaded = CourseLoader.load(file.name(), file.text());
            if (!loaded.isValid()) {
                problems.addAll(loaded.problems());
                continue;
            }
            Course course = loaded.course().orElseThrow();
            List<ImportProblem> unknown = new ArrayList<>(CourseValidator.references(course, known));
            unknown.addAll(CourseValidator.thresholds(course, passingRuns));
            if (!unknown.isEmpty()) {
                problems.addAll(unknown);
                continue;
            }
            String earlier = fileOfKey.putIfAbsent(course.key(), file.name());
            if (earlier != null) {
                problems.add(new ImportProblem(file.name(), 1, "course.duplicateCourseKey", List.of(course.key(), earlier)));
                continue;
            }
            Optional<PublishedCourse> existing = repository.findCourse(course.key());
            String hash = sha256(file.text());
            if (existing.isPresent() && repository.hasVersionWithHash(existing.get(), hash)) {
                unchanged++;
                continue;
            }
            PublishedCourse target = existing.orElseGet(() -> repository.add(new PublishedCourse(course.key())));
            int next = repository.latestVersion(target).map(v -> v.getVersionNo() + 1).orElse(1);
            CourseVersion version = repository.add(
                    new CourseVersion(target, next, hash, file.name(), course, file.text(), now));
            target.publish(version);
            if (existing.isEmpty()) {
                added++;
            } else {
                updated++;
            }
        }
        int refused = (int) problems.stream().map(ImportProblem::file).distinct().count();
        return new CourseImportReport(now, added, updated, unchanged, refused, List.copyOf(problems));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
