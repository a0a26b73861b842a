package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.roleplay.domain.LoadResult;
import academy.xinfang.roleplay.domain.ScenarioLoader;
import academy.xinfang.roleplay.domain.ScenarioScores;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every course in content/courses loads, and each of its items names a module, bank or scenario that is really
 * shipped. Keys are read by the simplest means that match content/courses/README.md, independently of the loaders
 * of the other features (except scenarios, whose id is only known by reading the file).
 */
class ShippedCoursesTest {

    private static final Path COURSES = Path.of("content", "courses");
    private static final Pattern FRONT_MATTER_ID = Pattern.compile("\\A---\\R(?:.*\\R)*?id:[ \\t]*(\\S+)[ \\t]*\\R");
    private static final Pattern BANK = Pattern.compile("[0-9]{2}-(.+)\\.gift");

    private static KnownContent known;

    @BeforeAll
    static void readTheRealKeys() throws IOException {
        known = new KnownContent(moduleIds(), bankKeys(), scenarioIds());
    }

    static List<Path> courseFiles() throws IOException {
        try (Stream<Path> files = Files.list(COURSES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Set<String> moduleIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".md") && !p.endsWith("README.md") && !p.endsWith("COVERAGE.md"))
                    .toList()) {
                Matcher m = FRONT_MATTER_ID.matcher(TestFiles.read(f));
                assertThat(m.find()).as("front matter id of %s", f).isTrue();
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    private static Set<String> bankKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("quizzes"))) {
            for (Path f : files.toList()) {
                Matcher m = BANK.matcher(f.getFileName().toString());
                if (m.matches()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Set<String> scenarioIds() throws IOException {
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("quizzes", "scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                LoadResult r = ScenarioLoader.load(f.getFileName().toString(), TestFiles.read(f));
                ids.add(r.scenario()
                        .orElseThrow(() -> new AssertionError(f + ": " + r.problems()))
                        .id());
            }
        }
        return ids;
    }

    private static Course load(Path file) throws IOException {
        CourseLoadResult result = CourseLoader.load(file.getFileName().toString(), TestFiles.read(file));
        assertThat(result.problems()).as("problems of %s", file).isEmpty();
        return result.course().orElseThrow();
    }

    /** Per shipped scenario, the runs of its authored replies that would complete an item at a threshold. */
    private static Map<String, IntToLongFunction> passingRuns() throws IOException {
        Map<String, IntToLongFunction> passing = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("quizzes", "scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                var scenario = ScenarioLoader.load(f.getFileName().toString(), TestFiles.read(f))
                        .scenario()
                        .orElseThrow();
                passing.put(scenario.id(), ScenarioScores.of(scenario)::passing);
            }
        }
        return passing;
    }

    @ParameterizedTest
    @MethodSource("courseFiles")
    void everyRolePlayThresholdIsMetByMoreThanOneRunWithoutACappingTaboo(Path file) throws IOException {
        Course course = load(file);

        assertThat(CourseValidator.thresholds(course, passingRuns())).isEmpty();
    }

    @Test
    void aThresholdThatOnlyTheModelRunMeetsIsRefusedAtItsLine() throws IOException {
        Course course = CourseLoader.load("strict.yaml", """
                key: strict
                title: {zh: 甲, en: A}
                items:
                  - {type: module, ref: six-taboos}
                  - {type: scenario, ref: first-time-land, threshold: 100}
                  - {type: scenario, ref: wage-arrears, threshold: 60}
                """).course().orElseThrow();
        var passing = passingRuns();

        assertThat(passing.get("first-time-land").applyAsLong(100))
                .as("only the model run scores 100")
                .isEqualTo(1);
        assertThat(CourseValidator.thresholds(course, passing)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("course.thresholdSinglePath");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.arguments()).containsExactly("first-time-land", 100, 1L);
        });
    }

    @Test
    void theRealKeysWereFound() {
        assertThat(known.modules()).hasSize(16).contains("petition-basics", "six-taboos", "early-warning-emergency");
        assertThat(known.quizzes()).hasSize(17).contains("final-exam", "six-taboos");
        assertThat(known.scenarios()).hasSize(9).contains("first-time-land", "wage-arrears");
    }

    @Test
    void atLeastAnInductionAndARefresherAreShipped() throws IOException {
        List<String> keys = courseFiles().stream()
                .map(f -> {
                    try {
                        return load(f).key();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();

        assertThat(keys).contains("induction", "annual-refresher").doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("courseFiles")
    void everyItemNamesShippedContentAndTheKeyMatchesTheFileName(Path file) throws IOException {
        Course course = load(file);

        assertThat(CourseValidator.references(course, known)).isEmpty();
        assertThat(course.key() + ".yaml").isEqualTo(file.getFileName().toString());
        assertThat(course.items())
                .extracting(CourseItem::type)
                .contains(ItemType.MODULE, ItemType.QUIZ, ItemType.SCENARIO);
    }

    @Test
    void everyShippedModuleBankAndScenarioIsInSomeCourse() throws IOException {
        // content that no course leads to is content no officer is ever asked to learn
        Set<String> inCourses = new HashSet<>();
        for (Path file : courseFiles()) {
            load(file).items().forEach(item -> inCourses.add(item.key().toString()));
        }
        Set<String> shipped = new HashSet<>();
        known.modules().forEach(m -> shipped.add(new ItemKey(ItemType.MODULE, m).toString()));
        known.quizzes().forEach(q -> shipped.add(new ItemKey(ItemType.QUIZ, q).toString()));
        known.scenarios().forEach(s -> shipped.add(new ItemKey(ItemType.SCENARIO, s).toString()));

        assertThat(shipped).as("shipped content outside every course").isSubsetOf(inCourses);
    }

    @Test
    void theFinalExamDrawsFromEveryQualityBank() throws IOException {
        String header = TestFiles.read("quizzes", "00-final-exam.gift");
        Matcher draw = Pattern.compile("(?m)^// @quiz:.*\\bdraw=([^;\\n]+)").matcher(header);
        assertThat(draw.find()).as("the final exam has a draw").isTrue();
        Set<String> drawn = new HashSet<>();
        for (String part : draw.group(1).split(",")) {
            String[] categoryAndCount = part.strip().split(":");
            assertThat(Integer.parseInt(categoryAndCount[1].strip())).as(part).isPositive();
            drawn.add(categoryAndCount[0].strip());
        }
        List<String> qualityBanks =
                known.quizzes().stream().filter(q -> q.startsWith("quality-")).toList();

        assertThat(qualityBanks).hasSize(7);
        assertThat(drawn).containsAll(qualityBanks);
    }

    @Test
    void unknownReferencesAreNamedWithTheItemLine() throws IOException {
        Course course = CourseLoader.load("x.yaml", """
                key: x
                title: {zh: 甲, en: A}
                items:
                  - {type: module, ref: six-taboos}
                  - {type: quiz, ref: no-such-bank}
                  - {type: scenario, ref: six-taboos}
                """).course().orElseThrow();

        assertThat(CourseValidator.references(course, known))
                .extracting(ImportProblem::line, ImportProblem::arguments)
                .containsExactly(
                        Tuple.tuple(5, List.of("quiz", "no-such-bank")),
                        Tuple.tuple(6, List.of("scenario", "six-taboos")));
    }
}
