package academy.xinfang.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A course assigned by an administrator to a department (and every department below it), a cohort or one officer,
 * from a start to an optional deadline. Stored as the target, not as the officers it reached: an officer who joins a
 * township or a cohort later is reached too. {@link #toDomain()} gives the value {@link AssignmentScope} works on.
 */
@Entity
@Table(name = "course_assignment")
public class CourseAssignment {
    public enum Kind {
        DEPARTMENT,
        COHORT,
        OFFICER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_key", nullable = false, length = 64, updatable = false)
    private String courseKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Column(name = "cohort_id", updatable = false)
    private Long cohortId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CourseAssignment() {}

    private CourseAssignment(
            String courseKey,
            Kind kind,
            Long departmentId,
            Long cohortId,
            Long userId,
            Instant startsAt,
            Instant deadlineAt,
            String createdBy,
            Instant createdAt) {
        // The domain value checks the key and that the deadline comes after the start.
        new Assignment(courseKey, new AssignmentTarget.Officer(0), startsAt, deadlineAt);
        this.courseKey = courseKey;
        this.kind = kind;
        this.departmentId = departmentId;
        this.cohortId = cohortId;
        this.userId = userId;
        this.startsAt = startsAt;
        this.deadlineAt = deadlineAt;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public static CourseAssignment toDepartment(
            String courseKey, long departmentId, Instant start, Instant deadline, String by, Instant at) {
        return new CourseAssignment(courseKey, Kind.DEPARTMENT, departmentId, null, null, start, deadline, by, at);
    }

    public static CourseAssignment toCohort(
            String courseKey, long cohortId, Instant start, Instant deadline, String by, Instant at) {
        return new CourseAssignment(courseKey, Kind.COHORT, null, cohortId, null, start, deadline, by, at);
    }

    public static CourseAssignment toOfficer(
            String courseKey, long userId, Instant start, Instant deadline, String by, Instant at) {
        return new CourseAssignment(courseKey, Kind.OFFICER, null, null, userId, start, deadline, by, at);
    }

    /** The value {@link AssignmentScope} merges; a cohort is named by its id, as {@link Member} cohorts are. */
    public Assignment toDomain() {
        AssignmentTarget target = switch (kind) {
            case DEPARTMENT -> new AssignmentTarget.Department(departmentId);
            case COHORT -> new AssignmentTarget.Cohort(String.valueOf(cohortId));
            case OFFICER -> new AssignmentTarget.Officer(userId);
        };
        return new Assignment(courseKey, target, startsAt, deadlineAt);
    }

    public Long getId() {
        return id;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
