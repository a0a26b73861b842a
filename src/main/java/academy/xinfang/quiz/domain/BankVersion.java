package academy.xinfang.quiz.domain;

import academy.xinfang.platform.importing.ImportedVersion;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a bank: its GIFT text as imported, never changed afterwards (attempts refer to it). */
@Entity
@Table(name = "bank_version")
public class BankVersion extends ImportedVersion {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bank_id", nullable = false, updatable = false)
    private QuestionBank bank;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "gift", nullable = false, updatable = false)
    private String gift;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questionCount;

    @Column(name = "created_by", length = 64, updatable = false)
    private String createdBy;

    protected BankVersion() {}

    public BankVersion(
            QuestionBank bank,
            int versionNo,
            String contentHash,
            String sourceFile,
            String gift,
            int questionCount,
            String createdBy,
            Instant createdAt) {
        super(versionNo, contentHash, sourceFile, createdAt);
        this.bank = bank;
        this.gift = gift;
        this.questionCount = questionCount;
        this.createdBy = createdBy;
    }

    public QuestionBank getBank() {
        return bank;
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
}
