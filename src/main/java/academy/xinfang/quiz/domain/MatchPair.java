package academy.xinfang.quiz.domain;

import java.util.Objects;

/** One pair of a matching question; in an ordering question the left side is the position 1, 2, 3, … */
public record MatchPair(String left, String right) {

    public MatchPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
