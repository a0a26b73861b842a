package academy.xinfang.roleplay.domain;

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

/**
 * One imported text of a scenario file, never changed afterwards: sessions played on it are replayed against exactly
 * this text. The content hash lets an import recognise a text it has seen before.
 */
@Entity
@Table(name = "scenario_version")
public class ScenarioVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id")
    private PublishedScenario scenario;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "yaml_text", nullable = false)
    private String yamlText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScenarioVersion() {}

    public ScenarioVersion(PublishedScenario scenario, int versionNo, String contentHash, String sourceFile, String title,
            String yamlText, Instant createdAt) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        if (versionNo < 1) {
            throw new IllegalArgumentException("versionNo must be positive: " + versionNo);
        }
        this.versionNo = versionNo;
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        this.title = title == null ? "" : title;
        this.yamlText = Objects.requireNonNull(yamlText, "yamlText");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public PublishedScenario getScenario() {
        return scenario;
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

    public String getTitle() {
        return title;
    }

    public String getYamlText() {
        return yamlText;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
