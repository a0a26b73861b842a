package academy.xinfang.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One officer's attempt at a quiz. The questions drawn are fixed at the start ({@code bankVersionId name} per line,
 * in display order) together with the shuffle seed, so a reload, another server of the cluster or a restart shows
 * exactly the same attempt. Submission is a conditional update in the repository, never a setter here, so that two
 * concurrent submits cannot both win.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quiz_key", nullable = false, length = 64, updatable = false)
    private String quizKey;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "attempt_no", nullable = false, updatable = false)
    private int attemptNo;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Lob
    @Column(name = "questions", nullable = false, updatable = false)
    private String questions;

    @Column(name = "question_count", nullable = false, updatable = false)
    private int questionCount;

    @Column(name = "pass_percent", nullable = false, updatable = false)
    private int passPercent;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", updatable = false)
    private Instant deadlineAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "auto_submitted", nullable = false)
    private boolean autoSubmitted;

    @Column(name = "score_percent")
    private Double scorePercent;

    @Column(name = "passed")
    private Boolean passed;

    protected QuizAttempt() {}

    public QuizAttempt(
            String quizKey,
            long userId,
            int attemptNo,
            long seed,
            List<String> questionRefs,
            int passPercent,
            Instant startedAt,
            Instant deadlineAt) {
        this.quizKey = quizKey;
        this.userId = userId;
        this.attemptNo = attemptNo;
        this.seed = seed;
        this.questions = String.join("\n", questionRefs);
        this.questionCount = questionRefs.size();
        this.passPercent = passPercent;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.lastActivityAt = startedAt;
    }

    /** {@code bankVersionId name} per question, in display order. */
    public List<String> questionRefs() {
        return Arrays.asList(questions.split("\n"));
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Whether an answer given at {@code now} is too late; a few seconds of grace cover the network. */
    public boolean isExpired(Instant now, long graceSeconds) {
        return deadlineAt != null && now.isAfter(deadlineAt.plusSeconds(graceSeconds));
    }

    public Long getId() {
        return id;
    }

    public String getQuizKey() {
        return quizKey;
    }

    public long getUserId() {
        return userId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public long getSeed() {
        return seed;
    }

    public int getQuestionCount() {
        return questionCount;
    }

    public int getPassPercent() {
        return passPercent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isAutoSubmitted() {
        return autoSubmitted;
    }

    public Double getScorePercent() {
        return scorePercent;
    }

    public Boolean getPassed() {
        return passed;
    }
}
