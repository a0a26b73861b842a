package academy.xinfang.quiz.domain;

/**
 * When the review of a submitted attempt shows the right answers and explanations. The score is always shown.
 * {@code AFTER_PASS_OR_LAST} keeps the key from an officer who will try again, which keeps later attempts honest.
 */
public enum ReviewPolicy {
    AFTER_SUBMIT,
    AFTER_PASS_OR_LAST,
    NEVER;

    public boolean showsAnswers(boolean passed, boolean attemptsLeft) {
        return switch (this) {
            case AFTER_SUBMIT -> true;
            case AFTER_PASS_OR_LAST -> passed || !attemptsLeft;
            case NEVER -> false;
        };
    }
}
