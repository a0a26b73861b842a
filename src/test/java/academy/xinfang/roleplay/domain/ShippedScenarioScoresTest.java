package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plays every complete run of every shipped scenario through the engine the server uses (every reply at every node,
 * the visitor's mood and transitions honoured) and checks the scale the scores are on: the best run earns an A, the
 * worst an E, and no run that gives a capping-taboo reply completes a course item, whatever the course's threshold.
 * The score range of each scenario is printed for the record.
 */
class ShippedScenarioScoresTest {

    private static final Path COURSES = Path.of("content", "courses");
    private static final List<String> RANGES = new ArrayList<>();

    @ParameterizedTest
    @MethodSource("academy.xinfang.roleplay.domain.Fixtures#shippedScenarioFiles")
    void theBestRunEarnsAnAAndTheWorstAnE(Path file) throws IOException {
        Scenario scenario = Fixtures.shipped(file);
        List<ScenarioPaths.Run> runs = ScenarioPaths.runs(scenario);

        assertThat(runs).as("runs of %s", file).isNotEmpty().hasSizeLessThan(ScenarioPaths.MAX_RUNS);
        int best = Integer.MIN_VALUE;
        int worst = Integer.MAX_VALUE;
        List<Integer> bestRun = List.of();
        List<Integer> worstRun = List.of();
        for (ScenarioPaths.Run run : runs) {
            int points = RolePlayScore.of(run.session()).points();
            if (points > best) {
                best = points;
                bestRun = run.choices();
            }
            if (points < worst) {
                worst = points;
                worstRun = run.choices();
            }
        }
        assertThat(RolePlayScore.Grade.of(best))
                .as("grade of the best run %s of %s (%d points)", bestRun, file, best)
                .isEqualTo(RolePlayScore.Grade.A);
        assertThat(RolePlayScore.Grade.of(worst))
                .as("grade of the worst run %s of %s (%d points)", worstRun, file, worst)
                .isEqualTo(RolePlayScore.Grade.E);
        ScenarioScores scores = ScenarioScores.of(scenario);
        assertThat(scores.best().points()).isEqualTo(best);
        assertThat(scores.worst().points()).isEqualTo(worst);
        String line = String.format(
                "%-22s runs %5d  points %3d–%3d  best %s  worst %s  qualities %s",
                scenario.id(),
                runs.size(),
                worst,
                best,
                bestRun,
                worstRun,
                QualityScale.of(scenario).ranges().keySet());
        synchronized (RANGES) {
            RANGES.add(line);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.roleplay.domain.Fixtures#shippedScenarioFiles")
    void noRunWithACappingTabooReplyCompletesACourseItem(Path file) throws IOException {
        Scenario scenario = Fixtures.shipped(file);
        Map<String, Integer> thresholds = courseThresholds();
        int lowest = thresholds.getOrDefault(scenario.id(), 0);

        int capping = 0;
        for (ScenarioPaths.Run run : ScenarioPaths.runs(scenario)) {
            boolean cappingReply = run.session().turns().stream()
                    .anyMatch(t ->
                            t.choice().effects().taboos().stream().anyMatch(RolePlayScore.SERIOUS_TABOOS::contains));
            if (!cappingReply) {
                continue;
            }
            capping++;
            RolePlayScore score = RolePlayScore.of(run.session());
            assertThat(score.cappedByTaboo())
                    .as("run %s of %s", run.choices(), file)
                    .isTrue();
            assertThat(score.points())
                    .as("run %s of %s is capped", run.choices(), file)
                    .isLessThanOrEqualTo(RolePlayScore.CAP_FAILURE);
            for (int threshold : new int[] {lowest, 0, 60, 100}) {
                assertThat(RolePlayScore.passes(score.points(), score.cappedByTaboo(), threshold))
                        .as("run %s of %s at threshold %d", run.choices(), file, threshold)
                        .isFalse();
            }
        }
        assertThat(capping).as("%s has runs with a capping-taboo reply", file).isPositive();
    }

    @AfterAll
    static void printTheRanges() {
        System.out.println("Score range per shipped scenario (every complete run through the engine):");
        RANGES.stream().sorted().forEach(l -> System.out.println("  " + l));
    }

    /** The lowest threshold any shipped course sets for each scenario (read plainly, as the course README shows). */
    private static Map<String, Integer> courseThresholds() throws IOException {
        Pattern item = Pattern.compile("type: scenario\\s+ref: (\\S+)(?:\\s+mandatory: \\S+)?\\s+threshold: (\\d+)");
        Map<String, Integer> thresholds = new HashMap<>();
        try (Stream<Path> files = Files.list(COURSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Matcher m = item.matcher(TestFiles.read(f));
                while (m.find()) {
                    thresholds.merge(m.group(1), Integer.parseInt(m.group(2)), Math::min);
                }
            }
        }
        return thresholds;
    }
}
