package academy.xinfang.quiz.domain;

import java.util.List;

/**
 * The mark of one answer: a score in 0..1, whether it earns full marks, and the feedback of the options the learner
 * chose (the question's general feedback is shown separately).
 */
public record Grade(double score, boolean correct, List<String> feedback) {

    public Grade {
        if (Double.isNaN(score) || score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of 0..1: " + score);
        }
        feedback = List.copyOf(feedback);
    }
}
