package academy.xinfang.progress.domain;

/** Whom an administrator assigns a course to. */
public sealed interface AssignmentTarget {

    /** The department and every department below it. */
    record Department(long departmentId) implements AssignmentTarget {}

    /** A named group of officers across departments, e.g. the new hires of one year. */
    record Cohort(String name) implements AssignmentTarget {
        public Cohort {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("cohort name must not be blank");
            }
        }
    }

    record Officer(long userId) implements AssignmentTarget {}
}
