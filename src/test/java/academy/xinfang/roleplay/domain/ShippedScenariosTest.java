package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario shipped in quizzes/scenarios must load, validate, and let the officer reach each of its endings. */
class ShippedScenariosTest {

    private static final Path SCENARIOS = Path.of("quizzes", "scenarios");
    private static final Path CONTENT = Path.of("content");

    static Stream<Path> scenarioFiles() {
        return Fixtures.shippedScenarioFiles();
    }

    private static Scenario load(Path file) {
        return Fixtures.shipped(file);
    }

    @Test
    void atLeastThreeScenariosAreShippedWithDistinctIds() throws IOException {
        List<Path> files = scenarioFiles().toList();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
            ids.add(load(f).id());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ids).hasSize(files.size());
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void loadsAndValidatesWithoutProblems(Path file) throws IOException {
        Scenario scenario = load(file);

        assertThat(ScenarioValidator.validate(scenario))
                .as("validation problems of %s", file)
                .isEmpty();
        assertThat(scenario.nodes()).as("node count of %s", file).hasSizeBetween(6, 12);
        assertThat(scenario.id() + ".yaml").isEqualTo(file.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void everyDeclaredEndingIsReachedByPlayingTheEngine(Path file) throws IOException {
        Scenario scenario = load(file);

        Map<String, List<Integer>> reached = ScenarioExplorer.reachableEndings(scenario);

        assertThat(reached.keySet())
                .as("endings reached in %s", file)
                .containsExactlyInAnyOrderElementsOf(
                        scenario.endings().stream().map(Ending::id).toList());
        Clock clock = TestClock.at(Instant.EPOCH);
        reached.forEach((ending, path) -> {
            Session s = RolePlay.start(scenario, clock);
            path.forEach(i -> s.choose(i, 10));
            assertThat(s.ending()).map(Ending::id).contains(ending);
            assertThat(RolePlayScore.of(s).grade()).isNotNull();
        });
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void hasATabooChoiceAndEverySectionLinkExistsInTheContent(Path file) throws IOException {
        Scenario scenario = load(file);
        Set<String> sections = contentSections();

        List<Choice> choices =
                scenario.nodes().stream().flatMap(n -> n.choices().stream()).toList();
        assertThat(choices).anyMatch(Choice::breaksTaboo);
        for (Choice c : choices) {
            if (c.breaksTaboo()) {
                assertThat(c.better()).as("better reply for %s", c.text()).isNotBlank();
            }
            if (!c.section().isBlank()) {
                assertThat(sections).as("section link in %s", file).contains(c.section());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void failedEndingsCapTheGrade(Path file) throws IOException {
        Scenario scenario = load(file);
        Clock clock = TestClock.at(Instant.EPOCH);
        ScenarioExplorer.reachableEndings(scenario).forEach((ending, path) -> {
            Session s = RolePlay.start(scenario, clock);
            path.forEach(i -> s.choose(i, 10));
            RolePlayScore score = RolePlayScore.of(s);
            if (score.ending().outcome().isFailure()) {
                assertThat(score.points()).isLessThanOrEqualTo(RolePlayScore.CAP_FAILURE);
            }
        });
    }

    /**
     * Length must not give the best reply away: an officer who always taps the longest reply, or always the shortest,
     * finds a node's best authored reply (the one free text is capped at) in no more nodes than tapping at random
     * would on average (the sum of 1/replies over the nodes that offer a choice, rounded up; a tie counts as found).
     * Shuffling the order hides the position; this hides the other tell.
     */
    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void theLengthOfTheRepliesDoesNotGiveTheBestAway(Path file) throws IOException {
        Scenario scenario = load(file);
        List<String> longest = new ArrayList<>();
        List<String> shortest = new ArrayList<>();
        double chance = 0;
        int nodes = 0;
        for (ScenarioNode node : scenario.nodes()) {
            if (node.choices().size() < 2) {
                continue;
            }
            nodes++;
            chance += 1.0 / node.choices().size();
            Choice best = FreeTextRoute.best(node);
            int most = node.choices().stream()
                    .mapToInt(c -> c.text().length())
                    .max()
                    .orElse(0);
            int least = node.choices().stream()
                    .mapToInt(c -> c.text().length())
                    .min()
                    .orElse(0);
            if (best != null && best.text().length() >= most) {
                longest.add(node.id());
            }
            if (best != null && best.text().length() <= least) {
                shortest.add(node.id());
            }
        }
        long guessed = (long) Math.ceil(chance - 1e-9);
        System.out.printf(
                "%-22s best reply longest in %d, shortest in %d of %d nodes (a random tap: %.1f); "
                        + "longest %s shortest %s%n",
                scenario.id(), longest.size(), shortest.size(), nodes, chance, longest, shortest);
        assertThat((long) longest.size())
                .as("nodes of %s whose best reply is the longest: %s", file, longest)
                .isLessThanOrEqualTo(guessed);
        assertThat((long) shortest.size())
                .as("nodes of %s whose best reply is the shortest: %s", file, shortest)
                .isLessThanOrEqualTo(guessed);
    }

    /** {@code module-id#section-id} for every section of every module under content/. */
    private static Set<String> contentSections() throws IOException {
        Pattern id = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");
        Pattern section = Pattern.compile("\\{#([a-z0-9-]+)}");
        Set<String> result = new HashSet<>();
        try (Stream<Path> files = Files.list(CONTENT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = TestFiles.read(f);
                Matcher m = id.matcher(text);
                if (!m.find()) {
                    continue;
                }
                Matcher s = section.matcher(text);
                while (s.find()) {
                    result.add(m.group(1) + "#" + s.group(1));
                }
            }
        }
        return result;
    }
}
