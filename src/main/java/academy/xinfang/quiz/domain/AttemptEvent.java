package academy.xinfang.quiz.domain;

import java.time.Instant;

/** One submitted attempt, for learning-record exports. */
public record AttemptEvent(
        long userId, long attemptId, String quizKey, Instant submittedAt, double percent, boolean passed) {}
