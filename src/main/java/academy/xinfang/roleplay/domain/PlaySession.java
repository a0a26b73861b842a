package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One officer's play of one scenario version: the turn log as it happened and, once an ending is reached, the score.
 * The session belongs to the officer who started it; the engine state is rebuilt by replaying the turns on the
 * version's scenario, so the log is the only truth. A finished session changes again only when a trainer overrides
 * the score of one of its typed replies ({@link #rescore}). The seed, drawn at the start, fixes the order in which
 * each node's replies are shown ({@link ChoiceOrder}).
 */
@Entity
@Table(name = "roleplay_session")
public class PlaySession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scenario_version_id", updatable = false)
    private ScenarioVersion scenarioVersion;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "ending_key", length = 64)
    private String endingKey;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    private Integer points;

    @Column(length = 1)
    private String grade;

    /** Whether the score hit a capping taboo ({@link RolePlayScore#cappedByTaboo}); course completion reads it. */
    @Column(name = "capped_by_taboo", nullable = false)
    private boolean cappedByTaboo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "roleplay_session_quality", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "quality", length = 32)
    @Column(name = "score", nullable = false)
    private Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);

    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<PlayTurn> turns = new ArrayList<>();

    @Version
    private long version;

    protected PlaySession() {}

    public PlaySession(long userId, ScenarioVersion scenarioVersion, long seed, Instant startedAt) {
        this.userId = userId;
        this.seed = seed;
        this.scenarioVersion = Objects.requireNonNull(scenarioVersion, "scenarioVersion");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    public boolean isOwnedBy(long someUserId) {
        return userId == someUserId;
    }

    /** Logs the engine's turn; it must be the next one and the session must still be open. */
    public PlayTurn record(Turn turn) {
        if (isFinished()) {
            throw new IllegalStateException("session " + id + " has ended");
        }
        if (turn.number() != turns.size() + 1) {
            throw new IllegalArgumentException("turn " + turn.number() + " after " + turns.size() + " turns");
        }
        PlayTurn logged = new PlayTurn(this, turn);
        turns.add(logged);
        return logged;
    }

    /** Logs a typed reply with the scorer's hits; see {@link #record(Turn)}. */
    public PlayTurn record(Turn turn, List<ReplyScore.Hit> hits) {
        if (isFinished()) {
            throw new IllegalStateException("session " + id + " has ended");
        }
        if (turn.number() != turns.size() + 1) {
            throw new IllegalArgumentException("turn " + turn.number() + " after " + turns.size() + " turns");
        }
        PlayTurn logged = new PlayTurn(this, turn, hits);
        turns.add(logged);
        return logged;
    }

    /**
     * Stores the score again after a trainer overrode a typed reply of this finished session, so that lists and the
     * trainers' analysis agree with the scorecard. The ending and when it was reached stay.
     */
    public void rescore(RolePlayScore score) {
        if (!isFinished()) {
            throw new IllegalStateException("session " + id + " has not ended");
        }
        this.points = score.points();
        this.grade = score.grade().name();
        this.cappedByTaboo = score.cappedByTaboo();
        this.qualities.clear();
        this.qualities.putAll(score.qualities());
    }

    /** Stores the score of the ending reached; called once, after the last turn. */
    public void finish(RolePlayScore score, Instant at) {
        if (isFinished()) {
            throw new IllegalStateException("session " + id + " has ended");
        }
        this.finishedAt = Objects.requireNonNull(at, "at");
        this.endingKey = score.ending().id();
        this.outcome = score.ending().outcome();
        this.points = score.points();
        this.grade = score.grade().name();
        this.cappedByTaboo = score.cappedByTaboo();
        this.qualities.clear();
        this.qualities.putAll(score.qualities());
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getSeed() {
        return seed;
    }

    public ScenarioVersion getScenarioVersion() {
        return scenarioVersion;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getEndingKey() {
        return endingKey;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Integer getPoints() {
        return points;
    }

    public String getGrade() {
        return grade;
    }

    /** Whether a capping taboo was hit (after any override): such a session never completes a course item. */
    public boolean isCappedByTaboo() {
        return cappedByTaboo;
    }

    public Map<Tag, Integer> getQualities() {
        return Collections.unmodifiableMap(qualities);
    }

    public List<PlayTurn> getTurns() {
        return Collections.unmodifiableList(turns);
    }
}
