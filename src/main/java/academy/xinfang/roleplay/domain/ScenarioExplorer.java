package academy.xinfang.roleplay.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays every reply at every point through the engine (so the visitor's mood and the transitions are honoured) and
 * records, for each ending that some run reaches, the first list of choice indexes found that leads there. The state
 * space is bounded (node × agitation × trust), so the search always stops.
 */
public final class ScenarioExplorer {

    private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    private ScenarioExplorer() {}

    /** Ending id → a path of choice indexes reaching it, for every ending some path reaches. */
    public static Map<String, List<Integer>> reachableEndings(Scenario scenario) {
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Step> work = new ArrayDeque<>();
        Session first = RolePlay.start(scenario, FIXED);
        seen.add(first.stateKey());
        work.add(new Step(first, List.of()));
        while (!work.isEmpty()) {
            Step step = work.poll();
            int options = step.session.currentNode().choices().size();
            for (int i = 0; i < options; i++) {
                Session next = step.session.copy();
                next.choose(i, 0);
                List<Integer> path = new ArrayList<>(step.path);
                path.add(i);
                if (next.isFinished()) {
                    found.putIfAbsent(next.ending().orElseThrow().id(), List.copyOf(path));
                } else if (seen.add(next.stateKey())) {
                    work.add(new Step(next, path));
                }
            }
        }
        return found;
    }

    private record Step(Session session, List<Integer> path) {}
}
