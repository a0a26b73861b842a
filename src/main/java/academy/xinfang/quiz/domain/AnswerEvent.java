package academy.xinfang.quiz.domain;

import java.time.Instant;

/** One answer of a submitted attempt, for learning-record exports. */
public record AnswerEvent(
        long userId,
        long attemptId,
        String quizKey,
        String questionKey,
        String response,
        double score,
        Instant answeredAt) {}
