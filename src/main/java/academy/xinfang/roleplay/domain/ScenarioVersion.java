package academy.xinfang.roleplay.domain;

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

/**
 * One imported text of a scenario file, never changed afterwards: sessions played on it are replayed against exactly
 * this text. The content hash lets an import recognise a text it has seen before.
 */
@Entity
@Table(name = "scenario_version")
public class ScenarioVersion extends ImportedVersion {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_id")
    private PublishedScenario scenario;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Column(name = "yaml_text", nullable = false)
    private String yamlText;

    protected ScenarioVersion() {}

    public ScenarioVersion(
            PublishedScenario scenario,
            int versionNo,
            String contentHash,
            String sourceFile,
            String title,
            String yamlText,
            Instant createdAt) {
        super(versionNo, contentHash, sourceFile, createdAt);
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.title = title == null ? "" : title;
        this.yamlText = Objects.requireNonNull(yamlText, "yamlText");
    }

    public PublishedScenario getScenario() {
        return scenario;
    }

    public String getTitle() {
        return title;
    }

    public String getYamlText() {
        return yamlText;
    }
}
