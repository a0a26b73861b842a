package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SafeYaml;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one scenario file (format in quizzes/scenarios/README.md). The YAML is only composed into a node tree, never
 * constructed into objects, and any non-standard tag is refused, so a file cannot instantiate types. Every problem
 * carries the line snakeyaml marks for it. Problem keys: {@code roleplay.badYaml}, {@code roleplay.missingField},
 * {@code roleplay.unknownField}, {@code roleplay.duplicateKey}, {@code roleplay.badType}, {@code roleplay.badValue},
 * {@code roleplay.unknownTag}, {@code roleplay.wrongTagKind}, {@code roleplay.badCondition},
 * {@code roleplay.duplicateId}, {@code roleplay.unknownNode}.
 */
public final class ScenarioLoader {

    private static final Set<String> TOP = Set.of("id", "title", "persona", "initial", "start", "nodes", "endings",
            "timeLimit");
    private static final Set<String> PERSONA = Set.of("visitorType", "name", "background", "wants", "hidden");
    private static final Set<String> INITIAL = Set.of("agitation", "trust");
    private static final Set<String> NODE = Set.of("id", "stage", "visitor", "freeText", "choices", "transitions",
            "timeLimit");
    private static final Set<String> CHOICE = Set.of("text", "effects", "next", "better", "section");
    private static final Set<String> EFFECTS = Set.of("qualities", "taboos", "agitation", "trust");
    private static final Set<String> TRANSITION = Set.of("when", "next");
    private static final Set<String> ENDING = Set.of("id", "outcome", "debrief");
    private static final int MAX_CHARS = 1_000_000;

    private ScenarioLoader() {}

    public static LoadResult load(String fileName, String yaml) {
        return new Run(fileName).load(yaml);
    }

    private static final class Run {
        private final String file;
        private final List<ImportProblem> problems = new ArrayList<>();
        private String currentNode = "";

        Run(String file) {
            this.file = file == null ? "" : file;
        }

        LoadResult load(String text) {
            SafeYaml.Composed yaml = SafeYaml.compose(text, MAX_CHARS);
            if (yaml.problem() != null) {
                return failed(ImportProblem.atNode(file, yaml.problem().line(), "", "roleplay.badYaml",
                        yaml.problem().message()));
            }
            Node root = yaml.root();
            SafeYaml.foreignTags(root).forEach(p -> problems.add(ImportProblem.atNode(file, p.line(), "",
                    "roleplay.badYaml", p.message())));
            if (!problems.isEmpty()) {
                return new LoadResult(Optional.empty(), problems);
            }
            Scenario scenario = scenario(root);
            if (scenario != null && problems.isEmpty()) {
                problems.addAll(ScenarioValidator.referenceProblems(scenario));
            }
            return problems.isEmpty() && scenario != null
                    ? new LoadResult(Optional.of(scenario), List.of())
                    : new LoadResult(Optional.empty(), problems);
        }

        private LoadResult failed(ImportProblem problem) {
            return new LoadResult(Optional.empty(), List.of(problem));
        }



        private Scenario scenario(Node root) {
            Map<String, NodeTuple> top = mapping(root, "scenario", TOP);
            if (top == null) {
                return null;
            }
            String id = requiredString(top, "id", root);
            String title = requiredString(top, "title", root);
            Persona persona = persona(top, root);
            VisitorState initial = initial(top, root);
            List<ScenarioNode> nodes = new ArrayList<>();
            Node nodesNode = required(top, "nodes", root);
            if (nodesNode != null) {
                for (Node n : sequence(nodesNode, "nodes")) {
                    ScenarioNode node = node(n);
                    if (node != null) {
                        nodes.add(node);
                    }
                }
                if (nodesNode instanceof SequenceNode s && s.getValue().isEmpty()) {
                    add(line(nodesNode), "roleplay.missingField", "nodes");
                }
            }
            currentNode = "";
            List<Ending> endings = new ArrayList<>();
            Node endingsNode = required(top, "endings", root);
            if (endingsNode != null) {
                for (Node e : sequence(endingsNode, "endings")) {
                    Ending ending = ending(e);
                    if (ending != null) {
                        endings.add(ending);
                    }
                }
            }
            currentNode = "";
            String start = optionalString(top, "start");
            if (start == null && !nodes.isEmpty()) {
                start = nodes.get(0).id();
            }
            if (id == null || persona == null || initial == null || start == null || !problems.isEmpty()) {
                return null;
            }
            Integer limit = seconds(top.get("timeLimit"));
            return new Scenario(file, id, title, persona, initial, start, nodes, endings, limit == null ? 0 : limit);
        }

        private Persona persona(Map<String, NodeTuple> top, Node root) {
            Node node = required(top, "persona", root);
            Map<String, NodeTuple> map = node == null ? null : mapping(node, "persona", PERSONA);
            if (map == null) {
                return null;
            }
            Tag type = tag(required(map, "visitorType", node), TagKind.VISITOR_TYPE);
            String name = requiredString(map, "name", node);
            String background = requiredString(map, "background", node);
            String wants = requiredString(map, "wants", node);
            String hidden = optionalString(map, "hidden");
            return type == null || name == null ? null : new Persona(type, name, background, wants, hidden);
        }

        private VisitorState initial(Map<String, NodeTuple> top, Node root) {
            Node node = required(top, "initial", root);
            Map<String, NodeTuple> map = node == null ? null : mapping(node, "initial", INITIAL);
            if (map == null) {
                return null;
            }
            Integer agitation = percent(required(map, "agitation", node), "agitation");
            Integer trust = percent(required(map, "trust", node), "trust");
            return agitation == null || trust == null ? null : new VisitorState(agitation, trust);
        }

        private ScenarioNode node(Node n) {
            Map<String, NodeTuple> map = mapping(n, "node", NODE);
            if (map == null) {
                return null;
            }
            String id = requiredString(map, "id", n);
            currentNode = id == null ? "" : id;
            Stage stage = enumValue(required(map, "stage", n), Stage.class, "stage");
            String visitor = requiredString(map, "visitor", n);
            boolean freeText = Boolean.TRUE.equals(bool(map.get("freeText")));
            List<Choice> choices = new ArrayList<>();
            if (map.containsKey("choices")) {
                for (Node c : sequence(map.get("choices").getValueNode(), "choices")) {
                    Choice choice = choice(c);
                    if (choice != null) {
                        choices.add(choice);
                    }
                }
            }
            List<Transition> transitions = new ArrayList<>();
            if (map.containsKey("transitions")) {
                for (Node t : sequence(map.get("transitions").getValueNode(), "transitions")) {
                    Transition transition = transition(t);
                    if (transition != null) {
                        transitions.add(transition);
                    }
                }
            }
            if (id == null || stage == null) {
                return null;
            }
            Integer limit = seconds(map.get("timeLimit"));
            return new ScenarioNode(id, stage, visitor, freeText, choices, transitions, line(n), limit);
        }

        private Choice choice(Node c) {
            Map<String, NodeTuple> map = mapping(c, "choice", CHOICE);
            if (map == null) {
                return null;
            }
            String text = requiredString(map, "text", c);
            Effects effects = map.containsKey("effects") ? effects(map.get("effects").getValueNode()) : Effects.NONE;
            String next = requiredString(map, "next", c);
            String better = optionalString(map, "better");
            String section = optionalString(map, "section");
            if (text == null || next == null || effects == null) {
                return null;
            }
            return new Choice(text, effects, next, better, section, line(c));
        }

        private Effects effects(Node e) {
            Map<String, NodeTuple> map = mapping(e, "effects", EFFECTS);
            if (map == null) {
                return null;
            }
            Map<Tag, Integer> qualities = new LinkedHashMap<>();
            if (map.containsKey("qualities")) {
                Node qNode = map.get("qualities").getValueNode();
                if (qNode instanceof MappingNode qm) {
                    Set<String> seen = new HashSet<>();
                    for (NodeTuple t : qm.getValue()) {
                        Tag tag = tag(t.getKeyNode(), TagKind.QUALITY);
                        Integer delta = integer(t.getValueNode(), "qualities");
                        if (tag != null && !seen.add(tag.name())) {
                            add(line(t.getKeyNode()), "roleplay.duplicateKey", tag.name());
                        } else if (tag != null && delta != null) {
                            qualities.put(tag, delta);
                        }
                    }
                } else if (!isNull(qNode)) {
                    add(line(qNode), "roleplay.badType", "qualities", "mapping");
                }
            }
            List<Tag> taboos = new ArrayList<>();
            if (map.containsKey("taboos")) {
                for (Node t : sequence(map.get("taboos").getValueNode(), "taboos")) {
                    Tag tag = tag(t, TagKind.TABOO);
                    if (tag != null) {
                        taboos.add(tag);
                    }
                }
            }
            Integer agitation = map.containsKey("agitation") ? integer(map.get("agitation").getValueNode(), "agitation") : Integer.valueOf(0);
            Integer trust = map.containsKey("trust") ? integer(map.get("trust").getValueNode(), "trust") : Integer.valueOf(0);
            return agitation == null || trust == null ? null : new Effects(qualities, taboos, agitation, trust);
        }

        private Transition transition(Node t) {
            Map<String, NodeTuple> map = mapping(t, "transition", TRANSITION);
            if (map == null) {
                return null;
            }
            Node whenNode = required(map, "when", t);
            String next = requiredString(map, "next", t);
            String when = whenNode == null ? null : string(whenNode, "when");
            if (when == null) {
                return null;
            }
            Optional<Condition> condition = Condition.parse(when);
            if (condition.isEmpty()) {
                add(line(whenNode), "roleplay.badCondition", when);
                return null;
            }
            return next == null ? null : new Transition(condition.get(), next, line(t));
        }

        private Ending ending(Node e) {
            Map<String, NodeTuple> map = mapping(e, "ending", ENDING);
            if (map == null) {
                return null;
            }
            String id = requiredString(map, "id", e);
            currentNode = id == null ? "" : id;
            Outcome outcome = enumValue(required(map, "outcome", e), Outcome.class, "outcome");
            String debrief = requiredString(map, "debrief", e);
            return id == null || outcome == null ? null : new Ending(id, outcome, debrief, line(e));
        }

        // ---- node-tree helpers ----

        private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
            if (!(node instanceof MappingNode m)) {
                add(line(node), "roleplay.badType", what, "mapping");
                return null;
            }
            Map<String, NodeTuple> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    add(line(t.getKeyNode()), "roleplay.badType", what, "key");
                    continue;
                }
                if (!allowed.contains(key.getValue())) {
                    add(line(key), "roleplay.unknownField", key.getValue());
                } else if (map.putIfAbsent(key.getValue(), t) != null) {
                    add(line(key), "roleplay.duplicateKey", key.getValue());
                }
            }
            return map;
        }

        private List<Node> sequence(Node node, String what) {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            if (!isNull(node)) {
                add(line(node), "roleplay.badType", what, "sequence");
            }
            return List.of();
        }

        private Node required(Map<String, NodeTuple> map, String key, Node owner) {
            NodeTuple t = map.get(key);
            if (t == null || isNull(t.getValueNode())) {
                add(t == null ? line(owner) : line(t.getKeyNode()), "roleplay.missingField", key);
                return null;
            }
            return t.getValueNode();
        }

        private String requiredString(Map<String, NodeTuple> map, String key, Node owner) {
            Node node = required(map, key, owner);
            return node == null ? null : string(node, key);
        }

        private String optionalString(Map<String, NodeTuple> map, String key) {
            NodeTuple t = map.get(key);
            return t == null || isNull(t.getValueNode()) ? null : string(t.getValueNode(), key);
        }

        private String string(Node node, String key) {
            if (node instanceof ScalarNode s) {
                String value = s.getValue().strip();
                if (value.isEmpty()) {
                    add(line(node), "roleplay.missingField", key);
                    return null;
                }
                return value;
            }
            add(line(node), "roleplay.badType", key, "text");
            return null;
        }

        private Integer integer(Node node, String key) {
            if (node instanceof ScalarNode s) {
                try {
                    return Integer.parseInt(s.getValue().strip());
                } catch (NumberFormatException e) {
                    add(line(node), "roleplay.badValue", key, s.getValue());
                    return null;
                }
            }
            add(line(node), "roleplay.badType", key, "integer");
            return null;
        }

        /** An optional {@code timeLimit}: whole seconds, 0 (no limit) to {@link Scenario#MAX_TIME_LIMIT}. */
        private Integer seconds(NodeTuple t) {
            if (t == null || isNull(t.getValueNode())) {
                return null;
            }
            Integer value = integer(t.getValueNode(), "timeLimit");
            if (value != null && (value < 0 || value > Scenario.MAX_TIME_LIMIT)) {
                add(line(t.getValueNode()), "roleplay.badValue", "timeLimit", value);
                return null;
            }
            return value;
        }

        private Integer percent(Node node, String key) {
            Integer value = node == null ? null : integer(node, key);
            if (value != null && (value < VisitorState.MIN || value > VisitorState.MAX)) {
                add(line(node), "roleplay.badValue", key, value);
                return null;
            }
            return value;
        }

        private Boolean bool(NodeTuple t) {
            if (t == null || isNull(t.getValueNode())) {
                return null;
            }
            Node node = t.getValueNode();
            if (node instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
                return Boolean.valueOf(s.getValue());
            }
            add(line(node), "roleplay.badValue", "freeText", node instanceof ScalarNode s ? s.getValue() : "");
            return null;
        }

        private <E extends Enum<E>> E enumValue(Node node, Class<E> type, String key) {
            if (node == null) {
                return null;
            }
            String value = string(node, key);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                add(line(node), "roleplay.badValue", key, value);
                return null;
            }
        }

        private Tag tag(Node node, TagKind kind) {
            if (node == null) {
                return null;
            }
            String name = string(node, kind.name());
            if (name == null) {
                return null;
            }
            Optional<Tag> tag = Tag.parse(name);
            if (tag.isEmpty()) {
                add(line(node), "roleplay.unknownTag", name);
                return null;
            }
            if (tag.get().kind() != kind) {
                add(line(node), "roleplay.wrongTagKind", name, kind.name());
                return null;
            }
            return tag.get();
        }

        private static boolean isNull(Node node) {
            return node == null
                    || node instanceof ScalarNode s
                            && (node.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL) || s.getValue().isBlank());
        }

        private static int line(Node node) {
            return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }

        private void add(int line, String key, Object... args) {
            problems.add(ImportProblem.atNode(file, line, currentNode, key, args));
        }
    }
}
