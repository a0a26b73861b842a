package academy.xinfang.progress.domain;

/** Where an officer stands on one course item. */
public enum ItemStatus {
    /** A prerequisite is not done yet. */
    LOCKED,
    /** Open and not started. */
    AVAILABLE,
    /** Started, or tried without reaching what completes it (a failed quiz, a scenario under the threshold). */
    IN_PROGRESS,
    DONE
}
