package academy.xinfang.quiz.domain;

import java.time.Instant;

/**
 * The time limit of quiz attempts, kept on the server clock and never trusted to the browser. An attempt's deadline
 * is its start plus the quiz's limit (none when the quiz has no limit); an answer may still arrive up to
 * {@code graceSeconds} after it (the time it spent on a slow county network). After that the attempt is over: it is
 * submitted as it stands, whoever notices first (the officer resuming, opening or saving, or the expiry timer).
 */
public record TimeLimit(long graceSeconds) {

    public TimeLimit {
        if (graceSeconds < 0) {
            throw new IllegalArgumentException("negative grace " + graceSeconds);
        }
    }

    /** The deadline of an attempt started at {@code start}; {@code null} when the quiz has no time limit. */
    public Instant deadline(QuizSettings settings, Instant start) {
        return settings.hasTimeLimit() ? start.plusSeconds(settings.timeLimitSeconds()) : null;
    }

    /** Whether an open attempt's time ran out at {@code now}, grace included; a submitted attempt is never over. */
    public boolean isOver(QuizAttempt attempt, Instant now) {
        return !attempt.isSubmitted() && attempt.isExpired(now, graceSeconds);
    }

    /** Open attempts whose deadline lies before this instant are over at {@code now}. */
    public Instant overIfDeadlineBefore(Instant now) {
        return now.minusSeconds(graceSeconds);
    }
}
