package academy.xinfang.roleplay.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test on the visitor's state: one or more comparisons {@code agitation|trust  >=|>|<=|<|==|!=  integer} joined by
 * {@code and} (or {@code &&}), all of which must hold. Kept this small on purpose: authors write thresholds, not code.
 */
public record Condition(String source, List<Comparison> comparisons) {

    public enum Variable {
        AGITATION,
        TRUST;

        int of(VisitorState state) {
            return this == AGITATION ? state.agitation() : state.trust();
        }
    }

    public enum Operator {
        GE(">="),
        GT(">"),
        LE("<="),
        LT("<"),
        EQ("=="),
        NE("!=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        boolean test(int left, int right) {
            return switch (this) {
                case GE -> left >= right;
                case GT -> left > right;
                case LE -> left <= right;
                case LT -> left < right;
                case EQ -> left == right;
                case NE -> left != right;
            };
        }

        static Optional<Operator> of(String symbol) {
            for (Operator op : values()) {
                if (op.symbol.equals(symbol)) {
                    return Optional.of(op);
                }
            }
            return Optional.empty();
        }
    }

    public record Comparison(Variable variable, Operator operator, int value) {

        public Comparison {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(operator, "operator");
        }

        public boolean test(VisitorState state) {
            return operator.test(variable.of(state), value);
        }
    }

    private static final Pattern COMPARISON =
            Pattern.compile("\\s*([A-Za-z]+)\\s*(>=|<=|==|!=|>|<)\\s*([+-]?\\d{1,9})\\s*");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+|\\s*&&\\s*");

    public Condition {
        Objects.requireNonNull(source, "source");
        comparisons = List.copyOf(comparisons);
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("a condition needs at least one comparison");
        }
    }

    /** The condition written in {@code text}, or empty when it does not follow the grammar above. */
    public static Optional<Condition> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Comparison> parts = new ArrayList<>();
        for (String part : AND.split(text.strip(), -1)) {
            Matcher m = COMPARISON.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            Variable variable;
            try {
                variable = Variable.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int value = Integer.parseInt(m.group(3));
            parts.add(new Comparison(variable, Operator.of(m.group(2)).orElseThrow(), value));
        }
        return Optional.of(new Condition(text.strip(), parts));
    }

    public boolean test(VisitorState state) {
        return comparisons.stream().allMatch(c -> c.test(state));
    }

    /** Whether some state in 0–100 × 0–100 makes the condition true. */
    public boolean isSatisfiable() {
        return countSatisfying() > 0;
    }

    /** Whether every state in 0–100 × 0–100 makes the condition true, so the choices' {@code next} never counts. */
    public boolean isAlwaysTrue() {
        return countSatisfying() == (VisitorState.MAX + 1) * (VisitorState.MAX + 1);
    }

    private int countSatisfying() {
        int count = 0;
        for (int a = VisitorState.MIN; a <= VisitorState.MAX; a++) {
            for (int t = VisitorState.MIN; t <= VisitorState.MAX; t++) {
                if (test(new VisitorState(a, t))) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return source;
    }
}
