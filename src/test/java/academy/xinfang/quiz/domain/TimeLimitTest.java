package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The time limit of attempts on the server clock: deadline, grace, and the expiry sweep agreeing with both. */
class TimeLimitTest {
    private static final TimeLimit TEN_SECONDS_GRACE = new TimeLimit(10);
    private static final Instant START = TestClock.NOW;

    private static QuizSettings minutes(int minutes) {
        return new QuizSettings(
                "测验", null, Map.of(), false, minutes * 60, 0, 60, FeedbackMode.DEFERRED, ReviewPolicy.AFTER_SUBMIT);
    }

    private static QuizAttempt startedWith(QuizSettings settings) {
        return new QuizAttempt("q", 1, 1, 42, List.of("1 a"), 60, START, TEN_SECONDS_GRACE.deadline(settings, START));
    }

    @Test
    void theDeadlineIsTheStartPlusTheQuizsLimit() {
        assertThat(TEN_SECONDS_GRACE.deadline(minutes(20), START)).isEqualTo(START.plusSeconds(1200));
    }

    @Test
    void aQuizWithoutLimitHasNoDeadlineAndItsAttemptsAreNeverOver() {
        QuizAttempt attempt = startedWith(minutes(0));

        assertThat(attempt.getDeadlineAt()).isNull();
        assertThat(TEN_SECONDS_GRACE.isOver(attempt, START.plusSeconds(365L * 24 * 3600)))
                .isFalse();
    }

    @Test
    void anAnswerWithinTheGraceAfterTheDeadlineStillCounts() {
        QuizAttempt attempt = startedWith(minutes(20));
        Instant deadline = attempt.getDeadlineAt();

        assertThat(TEN_SECONDS_GRACE.isOver(attempt, deadline)).isFalse();
        assertThat(TEN_SECONDS_GRACE.isOver(attempt, deadline.plusSeconds(10))).isFalse();
        assertThat(TEN_SECONDS_GRACE.isOver(attempt, deadline.plusSeconds(10).plusMillis(1)))
                .isTrue();
    }

    @Test
    void withoutGraceTheAttemptIsOverJustAfterTheDeadline() {
        TimeLimit strict = new TimeLimit(0);
        QuizAttempt attempt =
                new QuizAttempt("q", 1, 1, 42, List.of("1 a"), 60, START, strict.deadline(minutes(1), START));

        assertThat(strict.isOver(attempt, START.plusSeconds(60))).isFalse();
        assertThat(strict.isOver(attempt, START.plusSeconds(60).plusMillis(1))).isTrue();
    }

    @Test
    void theExpirySweepFindsExactlyTheAttemptsThatAreOver() {
        QuizAttempt attempt = startedWith(minutes(20));
        Instant deadline = attempt.getDeadlineAt();

        for (Instant now : List.of(
                deadline,
                deadline.plusSeconds(10),
                deadline.plusSeconds(10).plusMillis(1),
                deadline.plusSeconds(3600))) {
            // the repository selects open attempts with deadline_at < the returned instant
            boolean swept = deadline.isBefore(TEN_SECONDS_GRACE.overIfDeadlineBefore(now));
            assertThat(swept).as("at %s", now).isEqualTo(TEN_SECONDS_GRACE.isOver(attempt, now));
        }
    }

    @Test
    void aNegativeGraceIsAConfigurationError() {
        assertThatThrownBy(() -> new TimeLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
