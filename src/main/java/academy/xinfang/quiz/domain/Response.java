package academy.xinfang.quiz.domain;

import java.util.Objects;

/**
 * One scored answer inside an attempt, the input of item analysis: the score in 0..1 and, for choice questions, the
 * bank index of the option chosen (null when not a choice question or left blank).
 */
public record Response(String attemptId, String questionName, double score, Integer chosenOption) {

    public Response {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(questionName, "questionName");
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of 0..1: " + score);
        }
    }
}
