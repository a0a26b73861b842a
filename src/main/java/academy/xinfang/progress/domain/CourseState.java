package academy.xinfang.progress.domain;

/** Where an officer stands on a whole course, as reports count them. */
public enum CourseState {
    NOT_STARTED,
    IN_PROGRESS,
    /** The deadline has passed and a mandatory item is not done. */
    OVERDUE,
    COMPLETED
}
