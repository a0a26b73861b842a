package academy.xinfang.platform.importing;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem in a file an author wrote (module, question bank, scenario, lexicon, course), for the person who must fix
 * it: the file name, the 1-based line (0 when the whole file or the whole set is concerned), the node or ending id
 * concerned (empty when none), a resource-bundle key and the arguments of its message.
 */
public record ImportProblem(String file, int line, String node, String key, List<Object> arguments)
        implements Serializable {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        node = node == null ? "" : node;
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public ImportProblem(String file, int line, String key, List<Object> arguments) {
        this(file, line, "", key, arguments);
    }

    public static ImportProblem of(String file, int line, String key, Object... arguments) {
        return new ImportProblem(file, line, "", key, Arrays.asList(arguments));
    }

    /** A problem in one node or ending of a scenario. */
    public static ImportProblem atNode(String file, int line, String node, String key, Object... arguments) {
        return new ImportProblem(file, line, node, key, Arrays.asList(arguments));
    }

    /** {@code file:line: [node] key args}, the form compilers use, so editors can jump to the line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file).append(':').append(line).append(": ");
        if (!node.isEmpty()) {
            s.append('[').append(node).append("] ");
        }
        s.append(key);
        return arguments.isEmpty()
                ? s.toString()
                : s.append(' ').append(arguments).toString();
    }
}
