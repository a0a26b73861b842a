package academy.xinfang.quiz.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A problem in a question bank, for the trainer who must fix it: the file name, the 1-based line, a resource-bundle
 * key ({@code quiz.*}) and the arguments of its message.
 */
public record BankProblem(String file, int line, String key, List<Object> args) {

    public BankProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
        args = args == null ? List.of() : List.copyOf(args);
    }

    static BankProblem of(String file, int line, String key, Object... args) {
        return new BankProblem(file, line, key, Arrays.asList(args));
    }

    /** {@code file:line: key args}, the form compilers use, so editors can jump to the line. */
    @Override
    public String toString() {
        String base = file + ":" + line + ": " + key;
        return args.isEmpty() ? base : base + " " + args;
    }
}
