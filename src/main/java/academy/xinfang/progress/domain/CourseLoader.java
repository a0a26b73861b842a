package academy.xinfang.progress.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

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
        private final YamlReader yaml;

        Run(String file) {
            this.file = file;
            this.yaml = new YamlReader(file, "course");
        }

        CourseLoadResult load(String text) {
            Optional<Node> root = yaml.compose(text, MAX_CHARS);
            Course course = root.map(this::course).orElse(null);
            List<ImportProblem> problems = new ArrayList<>(yaml.problems());
            if (course != null && problems.isEmpty()) {
                problems.addAll(CourseValidator.validate(course));
            }
            return problems.isEmpty() && course != null
                    ? new CourseLoadResult(Optional.of(course), List.of())
                    : new CourseLoadResult(Optional.empty(), problems);
        }

        private Course course(Node root) {
            Map<String, NodeTuple> top = yaml.mapping(root, "course", TOP);
            if (top == null) {
                return null;
            }
            String key = yaml.requiredString(top, "key", root);
            if (key != null && !KEY.matcher(key).matches()) {
                add(top.get("key").getValueNode(), "course.badValue", "key", key);
            }
            String zh = null;
            String en = null;
            Node titleNode = yaml.required(top, "title", root);
            Map<String, NodeTuple> title = titleNode == null ? null : yaml.mapping(titleNode, "title", TITLE);
            if (title != null) {
                zh = yaml.requiredString(title, "zh", titleNode);
                en = yaml.requiredString(title, "en", titleNode);
            }
            String description = yaml.optionalString(top, "description");
            List<CourseItem> items = new ArrayList<>();
            Node itemsNode = yaml.required(top, "items", root);
            if (itemsNode != null) {
                for (Node n : yaml.sequence(itemsNode, "items")) {
                    CourseItem item = item(n, items);
                    if (item != null) {
                        items.add(item);
                    }
                }
            }
            if (key == null || zh == null || en == null || itemsNode == null || yaml.hasProblems()) {
                return null;
            }
            return new Course(file, key, zh, en, description, items);
        }

        private CourseItem item(Node n, List<CourseItem> earlier) {
            Map<String, NodeTuple> map = yaml.mapping(n, "item", ITEM);
            if (map == null) {
                return null;
            }
            ItemType type = null;
            Node typeNode = yaml.required(map, "type", n);
            String typeText = typeNode == null ? null : yaml.string(typeNode, "type");
            if (typeText != null) {
                type = ItemType.parse(typeText).orElse(null);
                if (type == null) {
                    add(typeNode, "course.unknownItemType", typeText);
                }
            }
            String ref = yaml.requiredString(map, "ref", n);
            if (ref != null && !KEY.matcher(ref).matches()) {
                add(map.get("ref").getValueNode(), "course.badValue", "ref", ref);
                ref = null;
            }
            Boolean mandatory = map.containsKey("mandatory")
                    ? yaml.bool(map.get("mandatory").getValueNode(), "mandatory")
                    : Boolean.TRUE;
            List<ItemKey> prerequisites = new ArrayList<>();
            if (map.containsKey("prerequisites")) {
                for (Node p : yaml.sequence(map.get("prerequisites").getValueNode(), "prerequisites")) {
                    String text = yaml.string(p, "prerequisites");
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
            return new CourseItem(type, ref, mandatory, prerequisites, threshold, yaml.line(n));
        }

        /**
         * {@code type:ref}, or a bare ref when exactly one earlier item has it. A bare ref that matches no earlier
         * item is reported here, at its own line; a typed one is left to the validator, which sees the whole path.
         */
        private ItemKey prerequisite(Node node, String text, List<CourseItem> earlier) {
            if (text.contains(":")) {
                Optional<ItemKey> key = ItemKey.parse(text);
                if (key.isEmpty()) {
                    boolean knownType =
                            ItemType.parse(text.substring(0, text.indexOf(':'))).isPresent();
                    if (knownType) {
                        add(node, "course.badValue", "prerequisites", text);
                    } else {
                        add(node, "course.unknownItemType", text);
                    }
                }
                return key.orElse(null);
            }
            List<ItemKey> matches = earlier.stream()
                    .filter(i -> i.ref().equals(text))
                    .map(CourseItem::key)
                    .toList();
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
            if (t == null || YamlReader.isNull(t.getValueNode())) {
                return type == ItemType.SCENARIO ? DEFAULT_THRESHOLD : 0;
            }
            Node node = t.getValueNode();
            if (type != null && type != ItemType.SCENARIO) {
                add(t.getKeyNode(), "course.thresholdNotScenario", type.fileName());
                return null;
            }
            Integer value = yaml.integer(node, "threshold");
            if (value != null && (value < CourseItem.MIN_THRESHOLD || value > CourseItem.MAX_THRESHOLD)) {
                add(node, "course.thresholdOutOfRange", value);
                return null;
            }
            return value;
        }

        private void add(Node node, String key, Object... args) {
            yaml.report(yaml.line(node), key, args);
        }
    }
}
