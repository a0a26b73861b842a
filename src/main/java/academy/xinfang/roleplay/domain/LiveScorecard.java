package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scorecard of a live role-play: the officer it is about, the trainer who scored it, the scenario played if any,
 * when, and the rubric. It is written once, from a rubric without problems, and belongs to its officer: only that
 * officer and trainers see it.
 */
@Entity
@Table(name = "live_scorecard")
public class LiveScorecard {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "officer_id", nullable = false, updatable = false)
    private long officerId;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private long trainerId;

    @Column(name = "scenario_key", length = 64)
    private String scenarioKey;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(name = "overall_note", length = 4000)
    private String overallNote;

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<LiveScoreItem> items = new ArrayList<>();

    protected LiveScorecard() {}

    /** @throws IllegalArgumentException when the rubric has problems; the service reports them first */
    public LiveScorecard(long officerId, long trainerId, String scenarioKey, LiveRubric rubric, Instant heldAt) {
        if (!rubric.problems().isEmpty()) {
            throw new IllegalArgumentException("rubric has problems: " + rubric.problems());
        }
        this.officerId = officerId;
        this.trainerId = trainerId;
        this.scenarioKey = scenarioKey == null || scenarioKey.isBlank() ? null : scenarioKey;
        this.heldAt = Objects.requireNonNull(heldAt, "heldAt");
        this.overallNote = rubric.overallNote().isEmpty() ? null : rubric.overallNote();
        rubric.qualities().forEach((t, r) -> items.add(new LiveScoreItem(this, t, r, null, null)));
        rubric.attitudes().forEach((t, r) -> items.add(new LiveScoreItem(this, t, r, null, null)));
        for (Tag t : LiveRubric.tagsOf(TagKind.TABOO)) {
            LiveRubric.Taboo taboo = rubric.taboos().getOrDefault(t, new LiveRubric.Taboo(false, ""));
            items.add(new LiveScoreItem(this, t, null, taboo.observed(), taboo.note()));
        }
    }

    /** The rubric as saved. */
    public LiveRubric rubric() {
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        Map<Tag, Integer> attitudes = new EnumMap<>(Tag.class);
        Map<Tag, LiveRubric.Taboo> taboos = new EnumMap<>(Tag.class);
        for (LiveScoreItem i : items) {
            switch (i.getTag().kind()) {
                case QUALITY -> qualities.put(i.getTag(), i.getScore());
                case ATTITUDE -> attitudes.put(i.getTag(), i.getScore());
                case TABOO ->
                    taboos.put(i.getTag(), new LiveRubric.Taboo(Boolean.TRUE.equals(i.getObserved()), i.getNote()));
                default -> {}
            }
        }
        return new LiveRubric(qualities, attitudes, taboos, overallNote);
    }

    public boolean isAbout(long userId) {
        return officerId == userId;
    }

    public Long getId() {
        return id;
    }

    public long getOfficerId() {
        return officerId;
    }

    public long getTrainerId() {
        return trainerId;
    }

    public String getScenarioKey() {
        return scenarioKey;
    }

    public Instant getHeldAt() {
        return heldAt;
    }
}
