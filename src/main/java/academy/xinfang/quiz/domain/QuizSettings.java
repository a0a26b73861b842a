package academy.xinfang.quiz.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a quiz is put together and run. {@code draw} empty means every question of the bank in file order; otherwise
 * it is the quota of {@link QuizDraw} (category path or tag name to number of questions) over all banks, which is how
 * a final exam mixes modules. Zero time limit or zero attempts mean no limit.
 */
public record QuizSettings(
        String title,
        String moduleKey,
        Map<String, Integer> draw,
        boolean shuffle,
        int timeLimitSeconds,
        int maxAttempts,
        int passPercent,
        FeedbackMode feedback,
        ReviewPolicy review) {

    public QuizSettings {
        Objects.requireNonNull(title, "title");
        moduleKey = moduleKey == null || moduleKey.isBlank() ? null : moduleKey;
        draw = Collections.unmodifiableMap(new LinkedHashMap<>(draw));
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(review, "review");
    }

    /** Practice defaults for a bank without a {@code @quiz} header: all questions, no clock, no attempt limit. */
    public static QuizSettings defaults(String title, String moduleKey) {
        return new QuizSettings(
                title, moduleKey, Map.of(), true, 0, 0, 60, FeedbackMode.IMMEDIATE, ReviewPolicy.AFTER_SUBMIT);
    }

    public boolean hasTimeLimit() {
        return timeLimitSeconds > 0;
    }

    public boolean attemptsLeftAfter(int used) {
        return maxAttempts == 0 || used < maxAttempts;
    }
}
