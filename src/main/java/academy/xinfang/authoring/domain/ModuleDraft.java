package academy.xinfang.authoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A module being written or edited. Saves are optimistic: a save made on a stale copy is refused (the editor keeps
 * the trainer's text), so two trainers never overwrite each other silently. A draft remembers the module version it
 * started from; publishing is refused if someone published a newer one meanwhile.
 */
@Entity
@Table(name = "module_draft")
public class ModuleDraft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_key", length = 64)
    private String moduleKey;

    @Column(name = "base_version_no")
    private Integer baseVersionNo;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Lob
    @Column(name = "original_text", nullable = false)
    private String originalText;

    @Lob
    @Column(nullable = false)
    private String markdown;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_version_no")
    private Integer publishedVersionNo;

    @Version
    private long version;

    protected ModuleDraft() {}

    public ModuleDraft(
            String moduleKey,
            Integer baseVersionNo,
            String title,
            String sourceName,
            String originalText,
            String markdown,
            String author,
            Instant now) {
        this.moduleKey = moduleKey;
        this.baseVersionNo = baseVersionNo;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.sourceName = sourceName;
        this.originalText = originalText;
        this.markdown = markdown;
        this.createdBy = author;
        this.updatedBy = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void edit(String newMarkdown, String editor, Instant now) {
        this.markdown = newMarkdown;
        this.updatedBy = editor;
        this.updatedAt = now;
    }

    /** Whether the editor's copy (loaded at {@code editorVersion}) is older than this draft: saving would overwrite. */
    public boolean isStale(long editorVersion) {
        return version != editorVersion;
    }

    /**
     * Why publishing this draft as module {@code key}, which is online at {@code onlineVersionNo} (0: no version
     * yet), would overwrite someone else's work, if it would: the key belongs to another module than the one this
     * draft edits, or the module has moved on from the version this draft started from.
     */
    public Optional<PublishConflict> publishConflict(String key, int onlineVersionNo) {
        if (!key.equals(moduleKey)) {
            return Optional.of(PublishConflict.ID_TAKEN);
        }
        if (baseVersionNo == null || baseVersionNo != onlineVersionNo) {
            return Optional.of(PublishConflict.PUBLISHED_SINCE);
        }
        return Optional.empty();
    }

    public void published(String key, int versionNo, String title) {
        this.moduleKey = key;
        this.baseVersionNo = versionNo;
        this.publishedVersionNo = versionNo;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getModuleKey() {
        return moduleKey;
    }

    public Integer getBaseVersionNo() {
        return baseVersionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getOriginalText() {
        return originalText;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Integer getPublishedVersionNo() {
        return publishedVersionNo;
    }

    public long getVersion() {
        return version;
    }
}
