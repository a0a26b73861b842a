package academy.xinfang.progress.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SafeYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one course file (format in content/courses/README.md). As for scenarios, the YAML is only composed into a
 * node tree and any non-standard tag is refused, so a file cannot instantiate types. Every problem is collected with
 * the line snakeyaml marks for it, and the {@link CourseValidator} rules run on what parsed, so the author sees all
 * problems at once. Problem keys: {@code course.badYaml}, {@code course.missingField}, {@code course.unknownField},
 * {@code course.duplicateKey}, {@code course.badType}, {@code course.badValue}, {@code course.unknownItemType},
 * {@code course.thresholdOutOfRange}, {@code course.thresholdNotScenario}, {@code course.ambiguousPrerequisite},
 * {@code course.prerequisiteNotEarlier}, {@code course.duplicateItem}, {@code course.noMandatoryItem}. References to
 * modules, banks and scenarios, and keys shared by two files, are checked by the {@link CourseValidator} against
 * what the caller knows.
 */
public final class CourseLoader {

    /** Course keys end up in URLs, assignments and xAPI activity ids, so they are kept plain. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** A scenario counts as passed at grade C, the best a session capped by a serious taboo can reach. */
    public static final int DEFAULT_THRESHOLD = 60;

    private static final Set<String> TOP = Set.of("key", "title", "description", "items");
    private static final Set<String> TITLE = Set.of("zh", "en");
    private static final Set<String> ITEM = Set.of("type", "ref", "mandatory", "prerequisites", "threshold");
    private static final int MAX_CHARS = 200_000;

    private CourseLoader() {}

    public static CourseLoadResult load(String fileName, String yaml) {
        return new Run(fileName == null ? "" : fileName).load(yaml);
    }

    private static final class Run {
        private final String file;
        private final List<ImportProblem> problems = new ArrayList<>();

        Run(String file) {
            this.file = file;
        }

        CourseLoadResult load(String text) {
            SafeYaml.Composed yaml = SafeYaml.compose(text, MAX_CHARS);
            if (yaml.problem() != null) {
                return failed(yaml.problem().line(), yaml.problem().message());
            }
            Node root = yaml.root();
            SafeYaml.foreignTags(root).forEach(p -> problems.add(ImportProblem.of(file, p.line(), "course.badYaml",
                    p.message())));
            Course course = problems.isEmpty() ? course(root) : null;
            if (course != null && problems.isEmpty()) {
                problems.addAll(CourseValidator.validate(course));
            }
            return problems.isEmpty() && course != null
                    ? new CourseLoadResult(Optional.of(course), List.of())
                    : new CourseLoadResult(Optional.empty(), problems);
        }

        private CourseLoadResult failed(int line, String message) {
            return new CourseLoadResult(Optional.empty(), List.of(ImportProblem.of(file, line, "course.badYaml", message)));
        }



        private Course course(Node root) {
            Map<String, NodeTuple> top = mapping(root, "course", TOP);
            if (top == null) {
                return null;
            }
            String key = requiredString(top, "key", root);
            if (key != null && !KEY.matcher(key).matches()) {
                add(top.get("key").getValueNode(), "course.badValue", "key", key);
            }
            String zh = null;
            String en = null;
            Node titleNode = required(top, "title", root);
            Map<String, NodeTuple> title = titleNode == null ? null : mapping(titleNode, "title", TITLE);
            if (title != null) {
                zh = requiredString(title, "zh", titleNode);
                en = requiredString(title, "en", titleNode);
            }
            String description = optionalString(top, "description");
            List<CourseItem> items = new ArrayList<>();
            Node itemsNode = required(top, "items", root);
            if (itemsNode != null) {
                for (Node n : sequence(itemsNode, "items")) {
                    CourseItem item = item(n, items);
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            if (key == null || zh == null || en == null || itemsNode == null || !problems.isEmpty()) {
                return null;
            }
            return new Course(file, key, zh, en, description, items);
        }

        private CourseItem item(Node n, List<CourseItem> earlier) {
            Map<String, NodeTuple> map = mapping(n, "item", ITEM);
            if (map == null) {
                return null;
            }
            ItemType type = null;
            Node typeNode = required(map, "type", n);
            String typeText = typeNode == null ? null : string(typeNode, "type");
            if (typeText != null) {
                type = ItemType.parse(typeText).orElse(null);
                if (type == null) {
                    add(typeNode, "course.unknownItemType", typeText);
                }
            }
            String ref = requiredString(map, "ref", n);
            if (ref != null && !KEY.matcher(ref).matches()) {
                add(map.get("ref").getValueNode(), "course.badValue", "ref", ref);
                ref = null;
            }
            Boolean mandatory = map.containsKey("mandatory") ? bool(map.get("mandatory").getValueNode()) : Boolean.TRUE;
            List<ItemKey> prerequisites = new ArrayList<>();
            if (map.containsKey("prerequisites")) {
                for (Node p : sequence(map.get("prerequisites").getValueNode(), "prerequisites")) {
                    String text = string(p, "prerequisites");
                    ItemKey key = text == null ? null : prerequisite(p, text, earlier);
                    if (key != null) {
                        prerequisites.add(key);
                    }
                }
            }
            Integer threshold = threshold(map, type);
            if (type == null || ref == null || mandatory == null || threshold == null) {
                return null;
            }
            return new CourseItem(type, ref, mandatory, prerequisites, threshold, line(n));
        }

        /**
         * {@code type:ref}, or a bare ref when exactly one earlier item has it. A bare ref that matches no earlier
         * item is reported here, at its own line; a typed one is left to the validator, which sees the whole path.
         */
        private ItemKey prerequisite(Node node, String text, List<CourseItem> earlier) {
            if (text.contains(":")) {
                Optional<ItemKey> key = ItemKey.parse(text);
                if (key.isEmpty()) {
                    boolean knownType = ItemType.parse(text.substring(0, text.indexOf(':'))).isPresent();
                    if (knownType) {
                        add(node, "course.badValue", "prerequisites", text);
                    } else {
                        add(node, "course.unknownItemType", text);
                    }
                }
                return key.orElse(null);
            }
            List<ItemKey> matches = earlier.stream().filter(i -> i.ref().equals(text)).map(CourseItem::key).toList();
            if (matches.size() > 1) {
                add(node, "course.ambiguousPrerequisite", text, matches.toString());
                return null;
            }
            if (matches.isEmpty()) {
                add(node, "course.prerequisiteNotEarlier", text, text);
                return null;
            }
            return matches.get(0);
        }

        private Integer threshold(Map<String, NodeTuple> map, ItemType type) {
            NodeTuple t = map.get("threshold");
            if (t == null || isNull(t.getValueNode())) {
                return type == ItemType.SCENARIO ? DEFAULT_THRESHOLD : 0;
            }
            Node node = t.getValueNode();
            if (type != null && type != ItemType.SCENARIO) {
                add(t.getKeyNode(), "course.thresholdNotScenario", type.fileName());
                return null;
            }
            Integer value = integer(node, "threshold");
            if (value != null && (value < CourseItem.MIN_THRESHOLD || value > CourseItem.MAX_THRESHOLD)) {
                add(node, "course.thresholdOutOfRange", value);
                return null;
            }
            return value;
        }

        // ---- node-tree helpers ----

        private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
            if (!(node instanceof MappingNode m)) {
                add(node, "course.badType", what, "mapping");
                return null;
            }
            Map<String, NodeTuple> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) {
                    add(t.getKeyNode(), "course.badType", what, "key");
                } else if (!allowed.contains(key.getValue())) {
                    add(key, "course.unknownField", key.getValue());
                } else if (map.putIfAbsent(key.getValue(), t) != null) {
                    add(key, "course.duplicateKey", key.getValue());
                }
            }
            return map;
        }

        private List<Node> sequence(Node node, String what) {
            if (node instanceof SequenceNode s) {
                return s.getValue();
            }
            if (!isNull(node)) {
                add(node, "course.badType", what, "sequence");
            }
            return List.of();
        }

        private Node required(Map<String, NodeTuple> map, String key, Node owner) {
            NodeTuple t = map.get(key);
            if (t == null || isNull(t.getValueNode())) {
                add(t == null ? owner : t.getKeyNode(), "course.missingField", key);
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
            if (!(node instanceof ScalarNode s)) {
                add(node, "course.badType", key, "text");
                return null;
            }
            if (s.getValue().isBlank()) {
                add(node, "course.missingField", key);
                return null;
            }
            return s.getValue().strip();
        }

        private Integer integer(Node node, String key) {
            if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
                try {
                    return Integer.parseInt(s.getValue().strip());
                } catch (NumberFormatException e) {
                    // falls through: too large for an int
                }
            }
            add(node, "course.badValue", key, node instanceof ScalarNode s ? s.getValue() : "");
            return null;
        }

        /** Only {@code true}/{@code false}: YAML 1.1's {@code yes}/{@code on} are too easy to write by accident. */
        private Boolean bool(Node node) {
            if (node instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
                return Boolean.valueOf(s.getValue());
            }
            add(node, "course.badValue", "mandatory", node instanceof ScalarNode s ? s.getValue() : "");
            return null;
        }

        private static boolean isNull(Node node) {
            return node == null
                    || node instanceof ScalarNode s && (node.getTag().equals(Tag.NULL) || s.getValue().isBlank());
        }

        private static int line(Node node) {
            return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
        }

        private void add(Node node, String key, Object... args) {
            problems.add(ImportProblem.of(file, line(node), key, args));
        }
    }
}
