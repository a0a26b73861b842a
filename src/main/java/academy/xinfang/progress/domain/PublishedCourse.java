package academy.xinfang.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A course as assignments know it, by the {@code key} in its file. It points at the version officers follow; a new
 * version replaces it only once it loaded and every item it names is online, so a broken file never takes a course
 * away from the officers it is assigned to.
 */
@Entity
@Table(name = "course")
public class PublishedCourse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_key", nullable = false, unique = true, length = 64, updatable = false)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private CourseVersion currentVersion;

    @Version
    private long version;

    protected PublishedCourse() {}

    public PublishedCourse(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public void publish(CourseVersion newVersion) {
        if (newVersion.getCourse() != this) {
            throw new IllegalArgumentException("version of another course");
        }
        this.currentVersion = newVersion;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public CourseVersion getCurrentVersion() {
        return currentVersion;
    }
}
