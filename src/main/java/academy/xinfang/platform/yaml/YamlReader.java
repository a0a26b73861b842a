package academy.xinfang.platform.yaml;

import academy.xinfang.platform.SafeYaml;
import academy.xinfang.platform.importing.ImportProblem;
import java.util.ArrayList;
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
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The one typed reader of the YAML files authors write (module front matter, scenarios, lexicons, courses). The text
 * is composed through {@link SafeYaml} into a node tree, never into objects; the accessors check each node's type and
 * collect every problem, each as an {@link ImportProblem} with the file line of its node, so the author sees them all
 * at once. Types are strict and the same for every file: a quoted scalar is text ({@code "75"} is not a number), a
 * number is a YAML integer, a boolean is {@code true} or {@code false} only (YAML 1.1's {@code yes}/{@code on} are too
 * easy to write by accident). Problem keys are the feature's own: {@code <prefix>.badYaml}, {@code .missingField},
 * {@code .unknownField}, {@code .duplicateKey}, {@code .badType}, {@code .badValue}.
 */
public class YamlReader {

    /** The kinds of problem the reader itself reports, each under the feature's prefix. */
    public static final List<String> KINDS =
            List.of("badYaml", "missingField", "unknownField", "duplicateKey", "badType", "badValue");

    private final String file;
    private final String prefix;
    private final int lineOffset;
    private final List<ImportProblem> problems = new ArrayList<>();
    private String node = "";

    /**
     * @param prefix the bundle-key prefix of the feature ({@code roleplay}, {@code course} ...)
     * @param lineOffset lines before the YAML text in its file (front matter starts after a delimiter line)
     */
    public YamlReader(String file, String prefix, int lineOffset) {
        this.file = file == null ? "" : file;
        this.prefix = prefix;
        this.lineOffset = lineOffset;
    }

    public YamlReader(String file, String prefix) {
        this(file, prefix, 0);
    }

    /**
     * The root node of {@code text}, or empty with a {@code badYaml} problem at the line SnakeYAML marks (a syntax
     * error, a document beyond {@code maxChars}, an empty document, a tag that is not YAML's own).
     */
    public Optional<Node> compose(String text, int maxChars) {
        SafeYaml.Composed yaml = SafeYaml.compose(text, maxChars);
        if (yaml.problem() != null) {
            int line = yaml.problem().line();
            report(
                    line == 0 ? 0 : line + lineOffset,
                    key("badYaml"),
                    yaml.problem().message());
            return Optional.empty();
        }
        List<SafeYaml.Problem> foreign = SafeYaml.foreignTags(yaml.root());
        foreign.forEach(p -> report(p.line() + lineOffset, key("badYaml"), p.message()));
        return foreign.isEmpty() ? Optional.of(yaml.root()) : Optional.empty();
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The scenario node or ending that later problems concern ({@code ""} for none). */
    public void concerning(String nodeId) {
        this.node = nodeId == null ? "" : nodeId;
    }

    /** The file line of a node, 0 when unknown. */
    public int line(Node yamlNode) {
        return SafeYaml.line(yamlNode) == 0 ? 0 : SafeYaml.line(yamlNode) + lineOffset;
    }

    /** A mapping's entries by key, reporting keys not in {@code allowed}, repeated keys and keys that are no text. */
    public Map<String, NodeTuple> mapping(Node yamlNode, String what, Set<String> allowed) {
        if (!(yamlNode instanceof MappingNode m)) {
            report(line(yamlNode), key("badType"), what, "mapping");
            return null;
        }
        Map<String, NodeTuple> map = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                report(line(t.getKeyNode()), key("badType"), what, "key");
            } else if (!allowed.contains(k.getValue())) {
                report(line(k), key("unknownField"), k.getValue());
            } else if (map.putIfAbsent(k.getValue(), t) != null) {
                report(line(k), key("duplicateKey"), k.getValue());
            }
        }
        return map;
    }

    /** The items of a sequence; an absent or empty value is no items. */
    public List<Node> sequence(Node yamlNode, String what) {
        if (yamlNode instanceof SequenceNode s) {
            return s.getValue();
        }
        if (!isNull(yamlNode)) {
            report(line(yamlNode), key("badType"), what, "sequence");
        }
        return List.of();
    }

    /** The value of a required key, or null with a {@code missingField} problem at the key (or the owner). */
    public Node required(Map<String, NodeTuple> map, String name, Node owner) {
        NodeTuple t = map.get(name);
        if (t == null || isNull(t.getValueNode())) {
            report(t == null ? line(owner) : line(t.getKeyNode()), key("missingField"), name);
            return null;
        }
        return t.getValueNode();
    }

    /** The value of a key, or null when it is absent or empty. */
    public Node optional(Map<String, NodeTuple> map, String name) {
        NodeTuple t = map.get(name);
        return t == null || isNull(t.getValueNode()) ? null : t.getValueNode();
    }

    public String requiredString(Map<String, NodeTuple> map, String name, Node owner) {
        Node value = required(map, name, owner);
        return value == null ? null : string(value, name);
    }

    public String optionalString(Map<String, NodeTuple> map, String name) {
        Node value = optional(map, name);
        return value == null ? null : string(value, name);
    }

    /** A scalar's text, stripped; blank text is a missing field. */
    public String string(Node yamlNode, String name) {
        if (!(yamlNode instanceof ScalarNode s)) {
            report(line(yamlNode), key("badType"), name, "text");
            return null;
        }
        if (s.getValue().isBlank()) {
            report(line(yamlNode), key("missingField"), name);
            return null;
        }
        return s.getValue().strip();
    }

    /** A YAML integer that fits an int; a quoted {@code "75"} is text, not a number. */
    public Integer integer(Node yamlNode, String name) {
        if (!(yamlNode instanceof ScalarNode s)) {
            report(line(yamlNode), key("badType"), name, "integer");
            return null;
        }
        if (s.getTag().equals(Tag.INT)) {
            try {
                return Integer.parseInt(s.getValue().strip());
            } catch (NumberFormatException tooLargeOrNotDecimal) {
                // reported below
            }
        }
        report(line(yamlNode), key("badValue"), name, s.getValue());
        return null;
    }

    /** An integer from {@code min} to {@code max}; one outside is a {@code badValue}. */
    public Integer integer(Node yamlNode, String name, int min, int max) {
        Integer value = integer(yamlNode, name);
        if (value != null && (value < min || value > max)) {
            report(line(yamlNode), key("badValue"), name, value);
            return null;
        }
        return value;
    }

    /** {@code true} or {@code false} only. */
    public Boolean bool(Node yamlNode, String name) {
        if (yamlNode instanceof ScalarNode s
                && s.getTag().equals(Tag.BOOL)
                && (s.getValue().equals("true") || s.getValue().equals("false"))) {
            return Boolean.valueOf(s.getValue());
        }
        report(line(yamlNode), key("badValue"), name, yamlNode instanceof ScalarNode s ? s.getValue() : "");
        return null;
    }

    /** One of an enum's constants, written as its name. */
    public <E extends Enum<E>> E enumValue(Node yamlNode, Class<E> type, String name) {
        String value = yamlNode == null ? null : string(yamlNode, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            report(line(yamlNode), key("badValue"), name, value);
            return null;
        }
    }

    /** Absent, YAML's null, or a blank scalar. */
    public static boolean isNull(Node yamlNode) {
        return yamlNode == null
                || yamlNode instanceof ScalarNode s
                        && (s.getTag().equals(Tag.NULL) || s.getValue().isBlank());
    }

    /** Reports a problem of the reading's file, concerning the current scenario node if any. */
    public void report(int line, String key, Object... arguments) {
        problems.add(ImportProblem.atNode(file, line, node, key, arguments));
    }

    /** The feature's bundle key for a kind of problem, e.g. {@code roleplay.badType}. */
    public String key(String kind) {
        return prefix + "." + kind;
    }
}
