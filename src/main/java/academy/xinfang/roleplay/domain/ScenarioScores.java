package academy.xinfang.roleplay.domain;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The score of every complete run of a scenario's authored replies ({@link ScenarioPaths}), computed once per
 * scenario: what the validator checks (the best run must earn an A) and what a course's threshold is weighed against
 * (more than one run must pass it). A run that hits a capping taboo ({@link RolePlayScore#cappedByTaboo()}) never
 * completes a course item, whatever its points.
 */
public record ScenarioScores(List<RunScore> runs) {

    private static final Map<Scenario, ScenarioScores> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** One run: the choice indexes taken, the ending, its points and grade, and whether a capping taboo was hit. */
    public record RunScore(
            List<Integer> choices, Ending ending, int points, RolePlayScore.Grade grade, boolean cappedByTaboo) {}

    public ScenarioScores {
        runs = List.copyOf(runs);
    }

    /** The scores of a scenario that the structural checks of {@link ScenarioValidator} accept. */
    public static ScenarioScores of(Scenario scenario) {
        ScenarioScores scores = CACHE.get(scenario);
        if (scores == null) {
            scores = new ScenarioScores(ScenarioPaths.runs(scenario).stream()
                    .map(run -> {
                        RolePlayScore score = RolePlayScore.of(run.session());
                        return new RunScore(
                                run.choices(), score.ending(), score.points(), score.grade(), score.cappedByTaboo());
                    })
                    .toList());
            CACHE.put(scenario, scores);
        }
        return scores;
    }

    public RunScore best() {
        return runs.stream().max(Comparator.comparingInt(RunScore::points)).orElseThrow();
    }

    public RunScore worst() {
        return runs.stream().min(Comparator.comparingInt(RunScore::points)).orElseThrow();
    }

    /** How many runs complete a course item with this threshold: at or above it and without a capping taboo. */
    public long passing(int threshold) {
        return runs.stream()
                .filter(r -> RolePlayScore.passes(r.points(), r.cappedByTaboo(), threshold))
                .count();
    }
}
