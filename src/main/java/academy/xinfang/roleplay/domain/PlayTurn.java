package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
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
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One logged reply of a session: node, choice, the words, the deltas it declared (qualities as {@code TAG:+n}, taboos
 * as names), the mood after clamping, where the talk went and the seconds taken. A typed reply ({@code freeText})
 * also keeps the scorer's hits; its quality deltas and taboos may later be overridden by a trainer, with a note, who
 * and when, and the override then counts instead of the scorer's. Nothing else changes after it is written; the mood
 * deltas never do, so the path of the talk stays what it was.
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

    @Column(name = "free_text", nullable = false)
    private boolean freeText;

    @Column(length = 4000)
    private String hits;

    @Column(name = "override_quality_deltas", length = 1000)
    private String overrideQualityDeltas;

    @Column(name = "override_taboos", length = 500)
    private String overrideTaboos;

    @Column(name = "override_note", length = 2000)
    private String overrideNote;

    @Column(name = "override_by")
    private Long overrideBy;

    @Column(name = "override_at")
    private Instant overrideAt;

    protected PlayTurn() {}

    PlayTurn(PlaySession session, Turn turn, List<ReplyScore.Hit> scoredHits) {
        this(session, turn);
        this.freeText = true;
        this.hits = scoredHits.stream().map(PlayTurn::hitLine).collect(Collectors.joining("\n"));
        if (this.hits.length() > 4000) {
            this.hits = this.hits.substring(0, this.hits.lastIndexOf('\n', 4000));
        }
    }

    PlayTurn(PlaySession session, Turn turn) {
        this.session = session;
        this.number = turn.number();
        this.nodeKey = turn.nodeId();
        this.choiceIndex = turn.choiceIndex();
        this.words = turn.words();
        this.qualityDeltas = qualityText(turn.deltas().qualities());
        this.taboos = tabooText(turn.deltas().taboos());
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

    /** The quality deltas as logged (for a typed reply: the scorer's). */
    public Map<Tag, Integer> getQualityDeltas() {
        return qualities(qualityDeltas);
    }

    /** The taboos as logged (for a typed reply: the scorer's). */
    public List<Tag> getTaboos() {
        return taboos(taboos);
    }

    /**
     * A trainer's judgement of a typed reply, replacing the scorer's quality deltas and taboos from now on.
     *
     * @throws IllegalStateException on a reply that was chosen, not typed: its effects are the scenario author's
     */
    public void override(
            Map<Tag, Integer> qualities, List<Tag> overrideTaboos, String note, long byUserId, Instant at) {
        if (!freeText) {
            throw new IllegalStateException("turn " + number + " was not typed");
        }
        this.overrideQualityDeltas = qualityText(qualities);
        this.overrideTaboos = tabooText(overrideTaboos);
        this.overrideNote = note == null ? "" : note.strip();
        this.overrideBy = byUserId;
        this.overrideAt = Objects.requireNonNull(at, "at");
    }

    public boolean isOverridden() {
        return overrideAt != null;
    }

    /** The effects that count: the override's quality deltas and taboos when there is one, with the logged mood. */
    public Effects effectiveDeltas() {
        return isOverridden()
                ? new Effects(qualities(overrideQualityDeltas), taboos(overrideTaboos), agitationDelta, trustDelta)
                : new Effects(getQualityDeltas(), getTaboos(), agitationDelta, trustDelta);
    }

    public boolean isFreeText() {
        return freeText;
    }

    /** The scorer's hits of a typed reply, in the order of the text. */
    public List<ReplyScore.Hit> getHits() {
        if (hits == null || hits.isEmpty()) {
            return List.of();
        }
        return hits.lines().map(PlayTurn::parseHit).toList();
    }

    public String getOverrideNote() {
        return overrideNote;
    }

    public Long getOverrideBy() {
        return overrideBy;
    }

    public Instant getOverrideAt() {
        return overrideAt;
    }

    public Long getId() {
        return id;
    }

    public PlaySession getSession() {
        return session;
    }

    private static String qualityText(Map<Tag, Integer> deltas) {
        return deltas.entrySet().stream()
                .map(e -> e.getKey().name() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static String tabooText(List<Tag> list) {
        return list.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Map<Tag, Integer> qualities(String text) {
        Map<Tag, Integer> deltas = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split(":");
                deltas.put(Tag.valueOf(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        return deltas;
    }

    private static List<Tag> taboos(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split(",")).map(Tag::valueOf).toList();
    }

    /** Tab-separated: category, entry, words, start, end, negated, quality deltas; the text has no tabs (replaced). */
    private static String hitLine(ReplyScore.Hit h) {
        return String.join(
                "\t",
                h.category().name(),
                clean(h.entry()),
                clean(h.words()),
                String.valueOf(h.start()),
                String.valueOf(h.end()),
                String.valueOf(h.negated()),
                qualityText(h.qualities()));
    }

    private static String clean(String s) {
        return s.replaceAll("[\t\r\n]", " ");
    }

    private static ReplyScore.Hit parseHit(String line) {
        String[] f = line.split("\t", -1);
        return new ReplyScore.Hit(
                Tag.valueOf(f[0]),
                f[1],
                f[2],
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4]),
                Boolean.parseBoolean(f[5]),
                qualities(f[6]));
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
