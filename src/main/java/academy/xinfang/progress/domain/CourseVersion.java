package academy.xinfang.progress.domain;

import academy.xinfang.platform.importing.ImportedVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One imported text of a course file, never changed afterwards; the hash lets an import recognise a text seen before. */
@Entity
@Table(name = "course_version")
public class CourseVersion extends ImportedVersion {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private PublishedCourse course;

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Lob
    @Column(name = "yaml_text", nullable = false)
    private String yamlText;

    protected CourseVersion() {}

    public CourseVersion(
            PublishedCourse course,
            int versionNo,
            String contentHash,
            String sourceFile,
            Course parsed,
            String yamlText,
            Instant createdAt) {
        super(versionNo, contentHash, sourceFile, createdAt);
        this.course = Objects.requireNonNull(course, "course");
        this.titleZh = parsed.titleZh();
        this.titleEn = parsed.titleEn();
        this.yamlText = Objects.requireNonNull(yamlText, "yamlText");
    }

    /** The course this text describes; it loaded without a problem when it was imported, so it loads again. */
    public Course parse() {
        return CourseLoader.load(getSourceFile(), yamlText)
                .course()
                .orElseThrow(() -> new IllegalStateException("stored course text no longer loads: " + getSourceFile()));
    }

    public PublishedCourse getCourse() {
        return course;
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
}
