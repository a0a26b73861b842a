package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.platform.yaml.YamlReader;
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

    private static final Set<String> TOP =
            Set.of("id", "title", "persona", "initial", "start", "nodes", "endings", "timeLimit");
    private static final Set<String> PERSONA = Set.of("visitorType", "name", "background", "wants", "hidden");
    private static final Set<String> INITIAL = Set.of("agitation", "trust");
    private static final Set<String> NODE =
            Set.of("id", "stage", "visitor", "freeText", "choices", "transitions", "timeLimit");
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
        private final YamlReader yaml;

        Run(String file) {
            this.file = file == null ? "" : file;
            this.yaml = new YamlReader(this.file, "roleplay");
        }

        LoadResult load(String text) {
            Optional<Node> root = yaml.compose(text, MAX_CHARS);
            if (root.isEmpty()) {
                return new LoadResult(Optional.empty(), yaml.problems());
            }
            Scenario scenario = scenario(root.get());
            List<ImportProblem> problems = new ArrayList<>(yaml.problems());
            if (scenario != null && problems.isEmpty()) {
                problems.addAll(ScenarioValidator.referenceProblems(scenario));
            }
            return problems.isEmpty() && scenario != null
                    ? new LoadResult(Optional.of(scenario), List.of())
                    : new LoadResult(Optional.empty(), problems);
        }

        private Scenario scenario(Node root) {
            Map<String, NodeTuple> top = yaml.mapping(root, "scenario", TOP);
            if (top == null) {
                return null;
            }
            String id = yaml.requiredString(top, "id", root);
            String title = yaml.requiredString(top, "title", root);
            Persona persona = persona(top, root);
            VisitorState initial = initial(top, root);
            List<ScenarioNode> nodes = new ArrayList<>();
            Node nodesNode = yaml.required(top, "nodes", root);
            if (nodesNode != null) {
                for (Node n : yaml.sequence(nodesNode, "nodes")) {
                    ScenarioNode node = node(n);
                    if (node != null) {
                        nodes.add(node);
                    }
                }
                if (nodesNode instanceof SequenceNode s && s.getValue().isEmpty()) {
                    add(line(nodesNode), "roleplay.missingField", "nodes");
                }
            }
            yaml.concerning("");
            List<Ending> endings = new ArrayList<>();
            Node endingsNode = yaml.required(top, "endings", root);
            if (endingsNode != null) {
                for (Node e : yaml.sequence(endingsNode, "endings")) {
                    Ending ending = ending(e);
                    if (ending != null) {
                        endings.add(ending);
                    }
                }
            }
            yaml.concerning("");
            String start = yaml.optionalString(top, "start");
            if (start == null && !nodes.isEmpty()) {
                start = nodes.get(0).id();
            }
            if (id == null || persona == null || initial == null || start == null || yaml.hasProblems()) {
                return null;
            }
            Integer limit = seconds(yaml.optional(top, "timeLimit"));
            return new Scenario(file, id, title, persona, initial, start, nodes, endings, limit == null ? 0 : limit);
        }

        private Persona persona(Map<String, NodeTuple> top, Node root) {
            Node node = yaml.required(top, "persona", root);
            Map<String, NodeTuple> map = node == null ? null : yaml.mapping(node, "persona", PERSONA);
            if (map == null) {
                return null;
            }
            Tag type = tag(yaml.required(map, "visitorType", node), TagKind.VISITOR_TYPE);
            String name = yaml.requiredString(map, "name", node);
            String background = yaml.requiredString(map, "background", node);
            String wants = yaml.requiredString(map, "wants", node);
            String hidden = yaml.optionalString(map, "hidden");
            return type == null || name == null ? null : new Persona(type, name, background, wants, hidden);
        }

        private VisitorState initial(Map<String, NodeTuple> top, Node root) {
            Node node = yaml.required(top, "initial", root);
            Map<String, NodeTuple> map = node == null ? null : yaml.mapping(node, "initial", INITIAL);
            if (map == null) {
                return null;
            }
            Integer agitation = percent(yaml.required(map, "agitation", node), "agitation");
            Integer trust = percent(yaml.required(map, "trust", node), "trust");
            return agitation == null || trust == null ? null : new VisitorState(agitation, trust);
        }

        private ScenarioNode node(Node n) {
            Map<String, NodeTuple> map = yaml.mapping(n, "node", NODE);
            if (map == null) {
                return null;
            }
            String id = yaml.requiredString(map, "id", n);
            yaml.concerning(id);
            Stage stage = yaml.enumValue(yaml.required(map, "stage", n), Stage.class, "stage");
            String visitor = yaml.requiredString(map, "visitor", n);
            boolean freeText = Boolean.TRUE.equals(optionalBool(map, "freeText"));
            List<Choice> choices = new ArrayList<>();
            if (map.containsKey("choices")) {
                for (Node c : yaml.sequence(map.get("choices").getValueNode(), "choices")) {
                    Choice choice = choice(c);
                    if (choice != null) {
                        choices.add(choice);
                    }
                }
            }
            List<Transition> transitions = new ArrayList<>();
            if (map.containsKey("transitions")) {
                for (Node t : yaml.sequence(map.get("transitions").getValueNode(), "transitions")) {
                    Transition transition = transition(t);
                    if (transition != null) {
                        transitions.add(transition);
                    }
                }
            }
            if (id == null || stage == null) {
                return null;
            }
            Integer limit = seconds(yaml.optional(map, "timeLimit"));
            return new ScenarioNode(id, stage, visitor, freeText, choices, transitions, line(n), limit);
        }

        private Choice choice(Node c) {
            Map<String, NodeTuple> map = yaml.mapping(c, "choice", CHOICE);
            if (map == null) {
                return null;
            }
            String text = yaml.requiredString(map, "text", c);
            Effects effects =
                    map.containsKey("effects") ? effects(map.get("effects").getValueNode()) : Effects.NONE;
            String next = yaml.requiredString(map, "next", c);
            String better = yaml.optionalString(map, "better");
            String section = yaml.optionalString(map, "section");
            if (text == null || next == null || effects == null) {
                return null;
            }
            return new Choice(text, effects, next, better, section, line(c));
        }

        private Effects effects(Node e) {
            Map<String, NodeTuple> map = yaml.mapping(e, "effects", EFFECTS);
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
                        Integer delta = yaml.integer(t.getValueNode(), "qualities");
                        if (tag != null && !seen.add(tag.name())) {
                            add(line(t.getKeyNode()), "roleplay.duplicateKey", tag.name());
                        } else if (tag != null && delta != null) {
                            qualities.put(tag, delta);
                        }
                    }
                } else if (!YamlReader.isNull(qNode)) {
                    add(line(qNode), "roleplay.badType", "qualities", "mapping");
                }
            }
            List<Tag> taboos = new ArrayList<>();
            if (map.containsKey("taboos")) {
                for (Node t : yaml.sequence(map.get("taboos").getValueNode(), "taboos")) {
                    Tag tag = tag(t, TagKind.TABOO);
                    if (tag != null) {
                        taboos.add(tag);
                    }
                }
            }
            Integer agitation = map.containsKey("agitation")
                    ? yaml.integer(map.get("agitation").getValueNode(), "agitation")
                    : Integer.valueOf(0);
            Integer trust = map.containsKey("trust")
                    ? yaml.integer(map.get("trust").getValueNode(), "trust")
                    : Integer.valueOf(0);
            return agitation == null || trust == null ? null : new Effects(qualities, taboos, agitation, trust);
        }

        private Transition transition(Node t) {
            Map<String, NodeTuple> map = yaml.mapping(t, "transition", TRANSITION);
            if (map == null) {
                return null;
            }
            Node whenNode = yaml.required(map, "when", t);
            String next = yaml.requiredString(map, "next", t);
            String when = whenNode == null ? null : yaml.string(whenNode, "when");
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
            Map<String, NodeTuple> map = yaml.mapping(e, "ending", ENDING);
            if (map == null) {
                return null;
            }
            String id = yaml.requiredString(map, "id", e);
            yaml.concerning(id);
            Outcome outcome = yaml.enumValue(yaml.required(map, "outcome", e), Outcome.class, "outcome");
            String debrief = yaml.requiredString(map, "debrief", e);
            return id == null || outcome == null ? null : new Ending(id, outcome, debrief, line(e));
        }

        private Tag tag(Node node, TagKind kind) {
            return TagReading.of(yaml, node, kind.name(), kind);
        }

        /** An optional {@code timeLimit}: whole seconds, 0 (no limit) to {@link Scenario#MAX_TIME_LIMIT}. */
        private Integer seconds(Node node) {
            return node == null ? null : yaml.integer(node, "timeLimit", 0, Scenario.MAX_TIME_LIMIT);
        }

        private Integer percent(Node node, String key) {
            return node == null ? null : yaml.integer(node, key, VisitorState.MIN, VisitorState.MAX);
        }

        private Boolean optionalBool(Map<String, NodeTuple> map, String key) {
            Node node = yaml.optional(map, key);
            return node == null ? null : yaml.bool(node, key);
        }

        private void add(int line, String key, Object... args) {
            yaml.report(line, key, args);
        }

        private int line(Node node) {
            return yaml.line(node);
        }
    }
}
