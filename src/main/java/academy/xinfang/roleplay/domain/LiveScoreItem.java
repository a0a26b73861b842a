package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of a live rubric: a quality or an attitude with its rating, or a taboo observed or not, and a note. */
@Entity
@Table(name = "live_score_item")
public class LiveScoreItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scorecard_id", updatable = false)
    private LiveScorecard scorecard;

    @Enumerated(EnumType.STRING)
    @Column(name = "tag", nullable = false, length = 32)
    private Tag tag;

    @Column(name = "score")
    private Integer score;

    @Column(name = "observed")
    private Boolean observed;

    @Column(length = 1000)
    private String note;

    protected LiveScoreItem() {}

    LiveScoreItem(LiveScorecard scorecard, Tag tag, Integer score, Boolean observed, String note) {
        this.scorecard = scorecard;
        this.tag = tag;
        this.score = score;
        this.observed = observed;
        this.note = note == null || note.isEmpty() ? null : note;
    }

    public Tag getTag() {
        return tag;
    }

    public Integer getScore() {
        return score;
    }

    public Boolean getObserved() {
        return observed;
    }

    public String getNote() {
        return note == null ? "" : note;
    }
}
