package academy.xinfang.roleplay.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A role-play scenario: a persona, the visitor's initial mood, the talk as a graph of nodes, and the endings. Node
 * and ending ids share one namespace; the talk starts at {@code start}. Structural soundness (reachability, endings,
 * loops) is the {@link ScenarioValidator}'s job, so that an author sees every problem at once. {@code timeLimit} is the
 * seconds allowed per reply (0: none), which a node may set otherwise.
 */
public record Scenario(
        String file,
        String id,
        String title,
        Persona persona,
        VisitorState initial,
        String start,
        List<ScenarioNode> nodes,
        List<Ending> endings,
        int timeLimit) {

    /** The longest {@code timeLimit} a file may set, in seconds. */
    public static final int MAX_TIME_LIMIT = 3600;

    /** A scenario without time pressure. */
    public Scenario(
            String file,
            String id,
            String title,
            Persona persona,
            VisitorState initial,
            String start,
            List<ScenarioNode> nodes,
            List<Ending> endings) {
        this(file, id, title, persona, initial, start, nodes, endings, 0);
    }

    public Scenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(start, "start");
        title = title == null ? "" : title;
        nodes = List.copyOf(nodes);
        endings = List.copyOf(endings);
    }

    /** Seconds allowed for a reply at this node: its own {@code timeLimit}, else the scenario's; 0 for no limit. */
    public int timeLimitAt(ScenarioNode node) {
        return node.timeLimit() != null ? node.timeLimit() : timeLimit;
    }

    public Optional<ScenarioNode> node(String nodeId) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public Optional<Ending> ending(String endingId) {
        return endings.stream().filter(e -> e.id().equals(endingId)).findFirst();
    }

    public boolean isEnding(String targetId) {
        return ending(targetId).isPresent();
    }

    /** Node ids by id, in file order. */
    public Map<String, ScenarioNode> nodesById() {
        Map<String, ScenarioNode> map = new LinkedHashMap<>();
        nodes.forEach(n -> map.putIfAbsent(n.id(), n));
        return Collections.unmodifiableMap(map);
    }

    /** Every id a node may move to: its choices' {@code next} and its transitions' targets. */
    public static List<String> targetsOf(ScenarioNode node) {
        List<String> targets = new ArrayList<>();
        node.choices().forEach(c -> targets.add(c.next()));
        node.transitions().forEach(t -> targets.add(t.next()));
        return targets;
    }
}
