package academy.xinfang.quiz.domain;

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

/** A question bank, known by the key of its file ({@code six-taboos} for {@code 09-six-taboos.gift}); it is also the quiz key. */
@Entity
@Table(name = "question_bank")
public class QuestionBank {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bank_key", nullable = false, unique = true, length = 64, updatable = false)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_version_id")
    private BankVersion currentVersion;

    @Version
    private long version;

    protected QuestionBank() {}

    public QuestionBank(String key) {
        this.key = key;
    }

    public void publish(BankVersion newVersion) {
        if (newVersion.getBank() != this) {
            throw new IllegalArgumentException("version of another bank");
        }
        this.currentVersion = newVersion;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public BankVersion getCurrentVersion() {
        return currentVersion;
    }
}
