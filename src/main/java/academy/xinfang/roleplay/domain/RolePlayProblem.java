package academy.xinfang.roleplay.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem in a scenario file, for the author who must fix it: file, 1-based line (0 when unknown or the whole file
 * is concerned), the node or ending id concerned (empty when none), a resource-bundle key and its arguments.
 */
public record RolePlayProblem(String file, int line, String node, String key, List<Object> arguments) {

    public RolePlayProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        node = node == null ? "" : node;
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static RolePlayProblem of(String file, int line, String node, String key, Object... arguments) {
        return new RolePlayProblem(file, line, node, key, Arrays.asList(arguments));
    }

    /** {@code file:line: [node] key args}, the form compilers use, so editors can jump to the line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file).append(':').append(line).append(": ");
        if (!node.isEmpty()) {
            s.append('[').append(node).append("] ");
        }
        s.append(key);
        return arguments.isEmpty() ? s.toString() : s.append(' ').append(arguments).toString();
    }
}
