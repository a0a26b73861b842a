package academy.xinfang.content.domain;

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

/**
 * A module as learners know it, identified by the stable id of its file. It points at the version that is online;
 * a new version replaces it only after it was parsed, validated and rendered without a problem.
 */
@Entity
@Table(name = "learning_module")
public class LearningModule {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key", nullable = false, unique = true, length = 64, updatable = false)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private ModuleVersion currentVersion;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected LearningModule() {}

    public LearningModule(String key, int sortOrder) {
        this.key = key;
        this.sortOrder = sortOrder;
    }

    public void publish(ModuleVersion newVersion) {
        if (newVersion.getModule() != this) {
            throw new IllegalArgumentException("version of another module");
        }
        this.currentVersion = newVersion;
        this.sortOrder = newVersion.getSortOrder();
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public ModuleVersion getCurrentVersion() {
        return currentVersion;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
