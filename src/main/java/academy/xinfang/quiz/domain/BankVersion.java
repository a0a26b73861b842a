package academy.xinfang.quiz.domain;

import jakarta.persistence.Basic;
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

/** One version of a bank: its GIFT text as imported, never changed afterwards (attempts refer to it). */
@Entity
@Table(name = "bank_version")
public class BankVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id", nullable = false, updatable = false)
    private QuestionBank bank;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(name = "source_file", nullable = false, updatable = false)
    private String sourceFile;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "gift", nullable = false, updatable = false)
    private String gift;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questionCount;

    @Column(name = "created_by", length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BankVersion() {}

    public BankVersion(QuestionBank bank, int versionNo, String contentHash, String sourceFile, String gift,
            int questionCount, String createdBy, Instant createdAt) {
        this.bank = bank;
        this.versionNo = versionNo;
        this.contentHash = contentHash;
        this.sourceFile = sourceFile;
        this.gift = gift;
        this.questionCount = questionCount;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public QuestionBank getBank() {
        return bank;
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

    public String getGift() {
        return gift;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
