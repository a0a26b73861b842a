package academy.xinfang.quiz.application;

import academy.xinfang.platform.paths.LearningPaths;
import academy.xinfang.quiz.domain.ReviewMarks;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What quiz pages show: plain immutable values, built by the services, never entities; serializable for view state. */
public final class QuizViews {
    private QuizViews() {}

    public record QuizCard(
            String key,
            String title,
            String moduleKey,
            int questionCount,
            int timeLimitMinutes,
            int maxAttempts,
            int passPercent,
            boolean immediateFeedback,
            long attemptsUsed,
            Double bestPercent,
            boolean passed)
            implements Serializable {}

    public record AttemptRow(
            long id,
            int attemptNo,
            Instant startedAt,
            Instant submittedAt,
            Double scorePercent,
            Boolean passed,
            boolean autoSubmitted)
            implements Serializable {
        public boolean isOpen() {
            return submittedAt == null;
        }
    }

    public record Overview(QuizCard card, List<AttemptRow> history, Long openAttemptId, boolean canStart)
            implements Serializable {}

    /** An option as shown: its bank index (what is stored) and its text. */
    public record Option(int index, String text) implements Serializable {}

    /** Feedback on one answer: shown at once in immediate mode, and in the review. */
    public record Feedback(
            boolean correct,
            int scorePercent,
            List<String> choiceFeedback,
            String rightAnswer,
            String explanationHtml,
            String sectionUrl)
            implements Serializable {}

    public record QuestionView(
            int position,
            String type,
            String textHtml,
            String afterHtml,
            List<Option> options,
            List<String> lefts,
            List<Option> rights,
            String response,
            boolean checked,
            Feedback feedback)
            implements Serializable {}

    public record AttemptView(
            long id,
            String quizKey,
            String title,
            int attemptNo,
            Long deadlineEpochMillis,
            long graceSeconds,
            boolean immediateFeedback,
            boolean submitted,
            List<QuestionView> questions)
            implements Serializable {}

    public enum SaveStatus {
        SAVED,
        CHECKED,
        LOCKED,
        TIME_UP,
        SUBMITTED
    }

    public record SaveResult(SaveStatus status, Feedback feedback) implements Serializable {}

    /** One reviewed question; {@code marks} part by part, empty when the quiz does not show answers yet. */
    public record ReviewItem(
            int position,
            String type,
            String textHtml,
            String afterHtml,
            String yourAnswer,
            Feedback feedback,
            List<ReviewMarks.Mark> marks)
            implements Serializable {}

    /** A submitted attempt as reviewed; {@code place} is the course the quiz belongs to and its next item, or null. */
    public record Review(
            AttemptRow attempt,
            String quizKey,
            String title,
            int passPercent,
            boolean showAnswers,
            List<ReviewItem> items,
            LearningPaths.Place place)
            implements Serializable {}
}
