package academy.xinfang.roleplay.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every complete run of a scenario through the engine: each sequence of authored replies (in file order, answered in
 * time) from the start to an ending, with the visitor's mood and transitions honoured exactly as when an officer plays.
 * A run that comes back to a position it already passed with the same mood is cut there, since it could only repeat
 * itself; the validator already refuses loops without an exit.
 */
public final class ScenarioPaths {

    /** More runs than this and the scenario is far beyond the 6–12 nodes a file should have: the walk stops. */
    public static final int MAX_RUNS = 200_000;

    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private ScenarioPaths() {}

    /** A finished run: the choice indexes taken and the finished session. */
    public record Run(List<Integer> choices, Session session) {}

    /** Calls {@code visit} for every complete run, in depth-first order; returns how many there were. */
    public static int forEachRun(Scenario scenario, Consumer<Run> visit) {
        int[] count = {0};
        walk(new Session(scenario, FIXED), new ArrayList<>(), new HashSet<>(), visit, count);
        return count[0];
    }

    /** Every complete run, collected. */
    public static List<Run> runs(Scenario scenario) {
        List<Run> runs = new ArrayList<>();
        forEachRun(scenario, runs::add);
        return runs;
    }

    private static void walk(
            Session session, List<Integer> path, Set<String> onPath, Consumer<Run> visit, int[] count) {
        if (count[0] >= MAX_RUNS) {
            return;
        }
        String key = session.stateKey();
        if (!onPath.add(key)) {
            return;
        }
        int options = session.currentNode().choices().size();
        for (int i = 0; i < options; i++) {
            Session next = session.copy();
            next.choose(i, 0);
            path.add(i);
            if (next.isFinished()) {
                count[0]++;
                visit.accept(new Run(List.copyOf(path), next));
            } else {
                walk(next, path, onPath, visit, count);
            }
            path.remove(path.size() - 1);
        }
        onPath.remove(key);
    }
}
