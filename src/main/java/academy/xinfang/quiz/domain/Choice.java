package academy.xinfang.quiz.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a choice question, one accepted answer of a fill question, or one side of a true/false question.
 * The fraction is the share of the mark in percent (-100..100), as GIFT writes it.
 */
public record Choice(String text, BigDecimal fraction, String feedback) {

    public static final BigDecimal FULL = BigDecimal.valueOf(100);

    public Choice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fraction, "fraction");
        feedback = feedback == null ? "" : feedback;
        if (fraction.abs().compareTo(FULL) > 0) {
            throw new IllegalArgumentException("fraction out of -100..100: " + fraction);
        }
    }

    public static Choice right(String text, String feedback) {
        return new Choice(text, FULL, feedback);
    }

    public static Choice wrong(String text, String feedback) {
        return new Choice(text, BigDecimal.ZERO, feedback);
    }

    public boolean isFullyRight() {
        return fraction.compareTo(FULL) == 0;
    }

    public boolean isPositive() {
        return fraction.signum() > 0;
    }
}
