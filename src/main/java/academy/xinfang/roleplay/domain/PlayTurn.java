package academy.xinfang.roleplay.domain;

import academy.xinfang.content.domain.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One logged reply of a session: node, choice, the words, the deltas it declared (qualities as {@code TAG:+n}, taboos
 * as names), the mood after clamping, where the talk went and the seconds taken. Never changed after it is written.
 */
@Entity
@Table(name = "roleplay_turn")
public class PlayTurn {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private PlaySession session;

    @Column(name = "turn_no", nullable = false)
    private int number;

    @Column(name = "node_key", nullable = false, length = 64)
    private String nodeKey;

    @Column(name = "choice_index", nullable = false)
    private int choiceIndex;

    @Column(nullable = false, length = 4000)
    private String words;

    @Column(name = "quality_deltas", nullable = false, length = 1000)
    private String qualityDeltas;

    @Column(nullable = false, length = 500)
    private String taboos;

    @Column(name = "agitation_delta", nullable = false)
    private int agitationDelta;

    @Column(name = "trust_delta", nullable = false)
    private int trustDelta;

    @Column(name = "agitation_after", nullable = false)
    private int agitationAfter;

    @Column(name = "trust_after", nullable = false)
    private int trustAfter;

    @Column(name = "moved_to", nullable = false, length = 64)
    private String movedTo;

    @Column(name = "by_transition", nullable = false)
    private boolean byTransition;

    @Column(name = "seconds_taken", nullable = false)
    private int secondsTaken;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected PlayTurn() {}

    PlayTurn(PlaySession session, Turn turn) {
        this.session = session;
        this.number = turn.number();
        this.nodeKey = turn.nodeId();
        this.choiceIndex = turn.choiceIndex();
        this.words = turn.words();
        this.qualityDeltas = turn.deltas().qualities().entrySet().stream()
                .map(e -> e.getKey().name() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        this.taboos = turn.deltas().taboos().stream().map(Enum::name).collect(Collectors.joining(","));
        this.agitationDelta = turn.deltas().agitation();
        this.trustDelta = turn.deltas().trust();
        this.agitationAfter = turn.stateAfter().agitation();
        this.trustAfter = turn.stateAfter().trust();
        this.movedTo = turn.movedTo();
        this.byTransition = turn.byTransition();
        this.secondsTaken = (int) Math.min(Integer.MAX_VALUE, turn.secondsTaken());
        this.takenAt = turn.at();
    }

    public int getNumber() {
        return number;
    }

    public String getNodeKey() {
        return nodeKey;
    }

    public int getChoiceIndex() {
        return choiceIndex;
    }

    public String getWords() {
        return words;
    }

    public Map<Tag, Integer> getQualityDeltas() {
        Map<Tag, Integer> deltas = new LinkedHashMap<>();
        if (!qualityDeltas.isEmpty()) {
            for (String pair : qualityDeltas.split(",")) {
                String[] kv = pair.split(":");
                deltas.put(Tag.valueOf(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        return deltas;
    }

    public List<Tag> getTaboos() {
        return taboos.isEmpty() ? List.of() : Arrays.stream(taboos.split(",")).map(Tag::valueOf).toList();
    }

    public int getAgitationDelta() {
        return agitationDelta;
    }

    public int getTrustDelta() {
        return trustDelta;
    }

    public VisitorState getStateAfter() {
        return new VisitorState(agitationAfter, trustAfter);
    }

    public String getMovedTo() {
        return movedTo;
    }

    public boolean isByTransition() {
        return byTransition;
    }

    public int getSecondsTaken() {
        return secondsTaken;
    }

    public Instant getTakenAt() {
        return takenAt;
    }
}
