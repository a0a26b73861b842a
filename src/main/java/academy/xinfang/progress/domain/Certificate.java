package academy.xinfang.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A certificate issued to an officer for a completed course. Never changed once issued. */
@Entity
@Table(name = "certificate")
public class Certificate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 16, updatable = false)
    private String code;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "course_key", nullable = false, length = 64, updatable = false)
    private String courseKey;

    @Column(name = "course_title", nullable = false, length = 200, updatable = false)
    private String courseTitle;

    @Column(name = "holder_name", nullable = false, length = 100, updatable = false)
    private String holderName;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected Certificate() {}

    public Certificate(
            String code,
            long userId,
            String courseKey,
            String courseTitle,
            String holderName,
            Instant completedAt,
            Instant issuedAt) {
        this.code = code;
        this.userId = userId;
        this.courseKey = courseKey;
        this.courseTitle = courseTitle;
        this.holderName = holderName;
        this.completedAt = completedAt;
        this.issuedAt = issuedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getUserId() {
        return userId;
    }

    public String getCourseKey() {
        return courseKey;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public String getHolderName() {
        return holderName;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
