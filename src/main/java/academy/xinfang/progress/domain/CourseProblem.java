package academy.xinfang.progress.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem in a course file, for the author who must fix it: the file name, the 1-based line (0 when the whole file
 * is concerned), a resource-bundle key and the arguments of its message.
 */
public record CourseProblem(String file, int line, String key, List<Object> arguments) {

    public CourseProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static CourseProblem of(String file, int line, String key, Object... arguments) {
        return new CourseProblem(file, line, key, Arrays.asList(arguments));
    }

    /** {@code file:line: key args}, the form compilers use, so editors can jump to the line. */
    @Override
    public String toString() {
        String base = file + ":" + line + ": " + key;
        return arguments.isEmpty() ? base : base + " " + arguments;
    }
}
