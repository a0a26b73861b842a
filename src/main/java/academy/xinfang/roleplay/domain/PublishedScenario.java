package academy.xinfang.roleplay.domain;

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
 * A scenario as officers know it, identified by the {@code id} in its file. It points at the version that is played;
 * a new version replaces it only after it was loaded and validated without a problem, so a broken file never takes
 * a playable scenario offline.
 */
@Entity
@Table(name = "scenario")
public class PublishedScenario {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scenario_key", nullable = false, unique = true, length = 64, updatable = false)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private ScenarioVersion currentVersion;

    @Version
    private long version;

    protected PublishedScenario() {}

    public PublishedScenario(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public void publish(ScenarioVersion newVersion) {
        if (newVersion.getScenario() != this) {
            throw new IllegalArgumentException("version of another scenario");
        }
        this.currentVersion = newVersion;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public ScenarioVersion getCurrentVersion() {
        return currentVersion;
    }
}
