package academy.xinfang.quiz.domain;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes quiz settings as the two {@code // @quiz:} lines {@link QuizSettingsParser} reads, in the layout of the
 * shipped banks, so that an exported bank imported again is the same text and changes nothing.
 */
public final class QuizSettingsWriter {

    private QuizSettingsWriter() {}

    public static String write(QuizSettings s) {
        StringBuilder first = new StringBuilder("// @quiz: title=").append(s.title());
        if (s.moduleKey() != null) {
            first.append("; module=").append(s.moduleKey());
        }
        if (!s.draw().isEmpty()) {
            first.append("; draw=")
                    .append(s.draw().entrySet().stream()
                            .map(e -> e.getKey() + ":" + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        int t = s.timeLimitSeconds();
        String time = t % 60 == 0 ? String.valueOf(t / 60) : t + "s";
        return first + "\n// @quiz: shuffle=" + (s.shuffle() ? "yes" : "no") + "; time=" + time + "; attempts="
                + s.maxAttempts() + "; pass=" + s.passPercent() + "; feedback=" + constant(s.feedback())
                + "; review=" + constant(s.review()) + "\n";
    }

    private static String constant(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
