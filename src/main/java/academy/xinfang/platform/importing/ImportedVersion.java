package academy.xinfang.platform.importing;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * What every stored version of an imported file has (module, bank, scenario, course): its number within its
 * aggregate, the hash of its text by which an import recognises a text it has seen before (see
 * {@link Importer#store}), the file it came from and when. Versions are never changed after import.
 */
@MappedSuperclass
public abstract class ImportedVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(name = "source_file", nullable = false, updatable = false)
    private String sourceFile;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ImportedVersion() {}

    protected ImportedVersion(int versionNo, String contentHash, String sourceFile, Instant createdAt) {
        if (versionNo < 1) {
            throw new IllegalArgumentException("versionNo must be positive: " + versionNo);
        }
        this.versionNo = versionNo;
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
