package academy.xinfang.quiz.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer saved for one question of an attempt: the latest one given replaces the earlier. {@code checked} means
 * the officer asked for immediate feedback, after which the answer is final.
 */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptAnswer.Key.class)
public class AttemptAnswer {
    @Id
    @Column(name = "attempt_id")
    private long attemptId;

    @Id
    @Column(name = "position")
    private int position;

    @Column(name = "question_key", nullable = false, length = 140)
    private String questionKey;

    @Column(name = "response", nullable = false, length = 1000)
    private String response;

    @Column(name = "score", nullable = false)
    private double score;

    @Column(name = "checked", nullable = false)
    private boolean checked;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AttemptAnswer() {}

    public AttemptAnswer(long attemptId, int position, String questionKey) {
        this.attemptId = attemptId;
        this.position = position;
        this.questionKey = questionKey;
    }

    public void record(String newResponse, double newScore, boolean check, Instant at) {
        if (checked) {
            throw new IllegalStateException("answer already checked");
        }
        this.response = newResponse;
        this.score = newScore;
        this.checked = check;
        this.answeredAt = at;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public String getResponse() {
        return response;
    }

    public double getScore() {
        return score;
    }

    public boolean isChecked() {
        return checked;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long attemptId;
        private int position;

        public Key() {}

        public Key(long attemptId, int position) {
            this.attemptId = attemptId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.position == position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, position);
        }
    }
}
