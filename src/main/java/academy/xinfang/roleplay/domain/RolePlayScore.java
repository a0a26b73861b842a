package academy.xinfang.roleplay.domain;

import academy.xinfang.content.domain.Tag;
import academy.xinfang.content.domain.TagKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The score of a finished session.
 *
 * <ul>
 *   <li>Each of the seven qualities starts at {@value #QUALITY_START}; the deltas of every choice taken are added and
 *       the sum is clamped to 0–100.
 *   <li>Every taboo committed is cited with its turn and the words used.
 *   <li>Points (0–100) = mean of the seven qualities, minus {@value #TABOO_PENALTY} per taboo hit, plus the ending's
 *       adjustment (SETTLED +10, REFERRED 0, LEVEL_ABOVE and LEVEL_SKIPPING −10, ESCALATED −20), clamped to 0–100.
 *   <li>Caps: a serious taboo ({@link #SERIOUS_TABOOS}: HARSH_ATTITUDE, which provokes the visitor, and
 *       CARELESS_PROMISE, which commits the government without basis in policy or fact) caps the points at
 *       {@value #CAP_FAILURE}; so does a LEVEL_ABOVE, LEVEL_SKIPPING or ESCALATED ending: the reception failed its purpose
 *       whatever else went well.
 *   <li>Grade: A ≥ 85, B ≥ 75, C ≥ 60, D ≥ 40, else E — so a capped session is at best C.
 * </ul>
 */
public record RolePlayScore(
        Map<Tag, Integer> qualities, List<TabooHit> tabooHits, Ending ending, int points, Grade grade, List<String> caps) {

    public static final int QUALITY_START = 50;
    public static final int TABOO_PENALTY = 5;
    public static final int CAP_FAILURE = 60;
    public static final Set<Tag> SERIOUS_TABOOS = Set.of(Tag.HARSH_ATTITUDE, Tag.CARELESS_PROMISE);

    public enum Grade {
        A, B, C, D, E;

        public static Grade of(int points) {
            if (points >= 85) {
                return A;
            }
            if (points >= 75) {
                return B;
            }
            if (points >= 60) {
                return C;
            }
            return points >= 40 ? D : E;
        }
    }

    public RolePlayScore {
        qualities = Collections.unmodifiableMap(new EnumMap<>(qualities));
        tabooHits = List.copyOf(tabooHits);
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(grade, "grade");
        caps = List.copyOf(caps);
    }

    /** Scores a finished session; an unfinished one has no ending to judge and is refused. */
    public static RolePlayScore of(Session session) {
        Ending ending = session.ending().orElseThrow(() -> new IllegalStateException("session has not ended"));
        Map<Tag, Long> sums = new EnumMap<>(Tag.class);
        for (Tag tag : Tag.values()) {
            if (tag.kind() == TagKind.QUALITY) {
                sums.put(tag, (long) QUALITY_START);
            }
        }
        List<TabooHit> hits = new ArrayList<>();
        for (Turn turn : session.turns()) {
            turn.deltas().qualities().forEach((tag, delta) -> sums.computeIfPresent(tag, (t, sum) -> sum + delta));
            for (Tag taboo : turn.deltas().taboos()) {
                hits.add(hitOf(session.scenario(), turn, taboo));
            }
        }
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        sums.forEach((tag, sum) -> qualities.put(tag, VisitorState.clamp(sum)));
        double mean = qualities.values().stream().mapToInt(Integer::intValue).average().orElse(QUALITY_START);
        long points = Math.round(mean) - (long) TABOO_PENALTY * hits.size() + endingAdjustment(ending.outcome());
        points = VisitorState.clamp(points);
        List<String> caps = new ArrayList<>();
        if (hits.stream().anyMatch(TabooHit::isSerious)) {
            caps.add("seriousTaboo");
        }
        if (ending.outcome().isFailure()) {
            caps.add("ending." + ending.outcome().name());
        }
        if (!caps.isEmpty()) {
            points = Math.min(points, CAP_FAILURE);
        }
        return new RolePlayScore(qualities, hits, ending, (int) points, Grade.of((int) points), caps);
    }

    /**
     * A taboo hit with its better reply and section: the choice's own when it declares that taboo; for a typed reply
     * (whose taboos come from the scorer or a trainer) those of a choice of the same node declaring it, else the
     * node's best non-taboo choice as the better reply and the taboo's section of module six-taboos.
     */
    private static TabooHit hitOf(Scenario scenario, Turn turn, Tag taboo) {
        Choice source = turn.choice();
        if (!source.effects().taboos().contains(taboo)) {
            ScenarioNode node = scenario.node(turn.nodeId()).orElse(null);
            List<Choice> choices = node == null ? List.of() : node.choices();
            Choice same = choices.stream().filter(c -> c.effects().taboos().contains(taboo)).findFirst().orElse(null);
            if (same != null) {
                source = same;
            } else {
                String better = choices.stream().filter(c -> !c.breaksTaboo())
                        .max(java.util.Comparator.comparingInt((Choice c) -> c.effects().qualities().values().stream()
                                .mapToInt(Integer::intValue).sum()))
                        .map(Choice::text).orElse("");
                return new TabooHit(turn.number(), turn.nodeId(), taboo, turn.words(), better,
                        "six-taboos#" + taboo.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        return new TabooHit(turn.number(), turn.nodeId(), taboo, turn.words(), source.better(), source.section());
    }

    private static int endingAdjustment(Outcome outcome) {
        return switch (outcome) {
            case SETTLED -> 10;
            case REFERRED -> 0;
            case LEVEL_ABOVE -> -10;
            case LEVEL_SKIPPING -> -10;
            case ESCALATED -> -20;
        };
    }
}
