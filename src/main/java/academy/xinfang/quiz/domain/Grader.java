package academy.xinfang.quiz.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Marks one answer. Single, case and true/false questions are all-or-nothing; a multiple-answer question earns the
 * sum of the fractions of the chosen options, clamped to 0..1, so guessing every option gains nothing; a fill answer
 * matches an accepted answer after {@link #normaliseFill(String)}; matching and ordering earn the share of pairs
 * placed right.
 */
public final class Grader {

    private static final double EPSILON = 1e-9;

    private Grader() {}

    public static Grade grade(Question question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        if (answer instanceof Answer.Blank) {
            return of(0, List.of());
        }
        return switch (question.type()) {
            case SINGLE, CASE -> single(question, cast(answer, Answer.Single.class, question));
            case MULTIPLE -> multiple(question, cast(answer, Answer.Multiple.class, question));
            case TRUE_FALSE -> trueFalse(question, cast(answer, Answer.TrueFalse.class, question));
            case FILL -> fill(question, cast(answer, Answer.Fill.class, question));
            case MATCHING ->
                pairs(question, cast(answer, Answer.Matching.class, question).rights());
            case ORDERING ->
                pairs(question, cast(answer, Answer.Ordering.class, question).steps());
        };
    }

    /**
     * Full-width to half-width (NFKC), all whitespace removed, lower case, trailing {@code 。} and {@code .}
     * removed: so {@code ６０日} and {@code 60 日} match {@code 60日}.
     */
    public static String normaliseFill(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        String lower = out.toString().toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && (lower.charAt(end - 1) == '。' || lower.charAt(end - 1) == '.')) {
            end--;
        }
        return lower.substring(0, end);
    }

    private static <T extends Answer> T cast(Answer answer, Class<T> wanted, Question question) {
        if (!wanted.isInstance(answer)) {
            throw new IllegalArgumentException(answer.getClass().getSimpleName() + " does not fit " + question.type()
                    + " question " + question.name());
        }
        return wanted.cast(answer);
    }

    private static Grade of(double score, List<String> feedback) {
        double clamped = Math.max(0, Math.min(1, score));
        return new Grade(clamped, clamped >= 1 - EPSILON, feedback);
    }

    private static Choice choice(Question question, int index) {
        if (index < 0 || index >= question.choices().size()) {
            throw new IllegalArgumentException("no option " + index + " in " + question.name());
        }
        return question.choices().get(index);
    }

    private static List<String> feedback(Choice c) {
        return c.feedback().isEmpty() ? List.of() : List.of(c.feedback());
    }

    private static Grade single(Question question, Answer.Single answer) {
        Choice chosen = choice(question, answer.index());
        return of(chosen.isFullyRight() ? 1 : 0, feedback(chosen));
    }

    private static Grade multiple(Question question, Answer.Multiple answer) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> feedback = new ArrayList<>();
        for (int index : answer.indexes().stream().sorted().toList()) {
            Choice chosen = choice(question, index);
            sum = sum.add(chosen.fraction());
            feedback.addAll(feedback(chosen));
        }
        return of(sum.doubleValue() / 100, feedback);
    }

    private static Grade trueFalse(Question question, Answer.TrueFalse answer) {
        Choice chosen = question.choices().get(answer.value() ? 0 : 1);
        return of(chosen.isFullyRight() ? 1 : 0, feedback(chosen));
    }

    private static Grade fill(Question question, Answer.Fill answer) {
        String given = normaliseFill(answer.text());
        Choice best = null;
        for (Choice accepted : question.choices()) {
            if (normaliseFill(accepted.text()).equals(given)
                    && (best == null || accepted.fraction().compareTo(best.fraction()) > 0)) {
                best = accepted;
            }
        }
        return best == null ? of(0, List.of()) : of(best.fraction().doubleValue() / 100, feedback(best));
    }

    private static Grade pairs(Question question, List<String> placed) {
        List<MatchPair> pairs = question.pairs();
        int right = 0;
        for (int i = 0; i < pairs.size() && i < placed.size(); i++) {
            if (pairs.get(i).right().equals(placed.get(i))) {
                right++;
            }
        }
        return of((double) right / pairs.size(), List.of());
    }
}
