package academy.xinfang.platform;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * How our YAML files (module front matter, scenarios, lexicons, courses) are read: composed into a node tree only, never into objects, with duplicate
 * keys, recursive keys and alias bombs refused and a size limit; and only YAML's own tags allowed ({@code !foo} or
 * {@code !!java…} are refused). Problems come back with the 1-based line, for the file's author.
 */
public final class SafeYaml {

    /** A reading problem: the line (0 when unknown) and a one-line description. */
    public record Problem(int line, String message) {}

    /** The root node, or the problem that stopped the reading. */
    public record Composed(Node root, Problem problem) {}

    private SafeYaml() {}

    public static Composed compose(String text, int maxChars) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setAllowRecursiveKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setCodePointLimit(maxChars);
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text == null ? "" : text));
            return root == null ? new Composed(null, new Problem(0, "empty document")) : new Composed(root, null);
        } catch (MarkedYAMLException e) {
            // The context (an unclosed quote, a key without its colon, an unclosed flow list) is where the author must
            // look, except for a whole block mapping or sequence, where the problem's own mark is the line to fix.
            boolean atContext = e.getContextMark() != null
                    && e.getContext() != null
                    && !e.getContext().contains("block");
            Mark mark = atContext || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            return new Composed(null, new Problem(mark == null ? 0 : mark.getLine() + 1, oneLine(e.getProblem())));
        } catch (YAMLException e) {
            return new Composed(null, new Problem(0, oneLine(e.getMessage())));
        }
    }

    /** Every node carrying a tag that is not YAML's own, each with its line. */
    public static List<Problem> foreignTags(Node root) {
        List<Problem> problems = new ArrayList<>();
        collect(root, Collections.newSetFromMap(new IdentityHashMap<>()), problems);
        return problems;
    }

    public static int line(Node node) {
        return node == null || node.getStartMark() == null
                ? 0
                : node.getStartMark().getLine() + 1;
    }

    private static void collect(Node node, Set<Node> seen, List<Problem> problems) {
        if (!seen.add(node)) {
            return; // an alias to a node already checked; recursive anchors must not loop forever
        }
        String tag = node.getTag().getValue();
        if (!tag.startsWith(Tag.PREFIX) || tag.contains("java")) {
            problems.add(new Problem(line(node), "tag " + tag));
            return;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                collect(t.getKeyNode(), seen, problems);
                collect(t.getValueNode(), seen, problems);
            }
        } else if (node instanceof SequenceNode s) {
            s.getValue().forEach(n -> collect(n, seen, problems));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s+", " ");
    }
}
