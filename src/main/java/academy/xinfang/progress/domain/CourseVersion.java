package academy.xinfang.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One imported text of a course file, never changed afterwards; the hash lets an import recognise a text seen before. */
@Entity
@Table(name = "course_version")
public class CourseVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private PublishedCourse course;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Lob
    @Column(name = "yaml_text", nullable = false)
    private String yamlText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CourseVersion() {}

    public CourseVersion(PublishedCourse course, int versionNo, String contentHash, String sourceFile, Course parsed,
            String yamlText, Instant createdAt) {
        this.course = Objects.requireNonNull(course, "course");
        if (versionNo < 1) {
            throw new IllegalArgumentException("versionNo must be positive: " + versionNo);
        }
        this.versionNo = versionNo;
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        this.titleZh = parsed.titleZh();
        this.titleEn = parsed.titleEn();
        this.yamlText = Objects.requireNonNull(yamlText, "yamlText");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The course this text describes; it loaded without a problem when it was imported, so it loads again. */
    public Course parse() {
        return CourseLoader.load(sourceFile, yamlText).course()
                .orElseThrow(() -> new IllegalStateException("stored course text no longer loads: " + sourceFile));
    }

    public Long getId() {
        return id;
    }

    public PublishedCourse getCourse() {
        return course;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getYamlText() {
        return yamlText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
