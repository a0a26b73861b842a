package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The score of a finished session.
 *
 * <ul>
 *   <li>Only the qualities the scenario exercises count ({@link QualityScale}): for each, the deltas of every reply
 *       given are added and the sum is put on a 0–100 scale, 0 at the lowest sum a complete run of the authored
 *       replies reaches and 100 at the highest. A quality no reply of the scenario moves is left out (it is not in
 *       {@link #qualities()}); when none is exercised there is nothing to lose there, the mean is
 *       {@value #NOTHING_EXERCISED} and only taboos and the ending decide.
 *   <li>Every taboo committed is cited with its turn and the words used.
 *   <li>Points (0–100) = mean of the exercised qualities, minus {@value #TABOO_PENALTY} per taboo hit, plus the ending's
 *       adjustment (SETTLED +10, REFERRED 0, LEVEL_ABOVE and LEVEL_SKIPPING −10, ESCALATED −20), clamped to
 *       0–100.
 *   <li>Caps: a serious taboo ({@link #SERIOUS_TABOOS}: HARSH_ATTITUDE, which provokes the visitor, and
 *       CARELESS_PROMISE, which commits the government without basis in policy or fact) caps the points at
 *       {@value #CAP_FAILURE}; so does a LEVEL_ABOVE, LEVEL_SKIPPING or ESCALATED ending: the reception failed its
 *       purpose whatever else went well.
 *   <li>Grade: A ≥ 85, B ≥ 75, C ≥ 60, D ≥ 40, else E — so a capped session is at best C.
 * </ul>
 */
public record RolePlayScore(
        Map<Tag, Integer> qualities,
        List<TabooHit> tabooHits,
        Ending ending,
        int points,
        Grade grade,
        List<String> caps) {

    /** The mean of the qualities of a scenario whose replies move none. */
    public static final int NOTHING_EXERCISED = 100;

    public static final int TABOO_PENALTY = 5;
    public static final int CAP_FAILURE = 60;
    /** The cap named in {@link #caps()} when a serious taboo was hit. */
    public static final String CAP_SERIOUS_TABOO = "seriousTaboo";

    public static final Set<Tag> SERIOUS_TABOOS = Set.of(Tag.HARSH_ATTITUDE, Tag.CARELESS_PROMISE);

    public enum Grade {
        A,
        B,
        C,
        D,
        E;

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

    /**
     * Whether a serious taboo was hit ({@link #SERIOUS_TABOOS}, after any trainer's override of a typed reply): such a
     * session is capped and never completes a course item, whatever its points. This is the one definition the
     * scorecard and course completion share.
     */
    public boolean cappedByTaboo() {
        return caps.contains(CAP_SERIOUS_TABOO);
    }

    /** The course completion rule for a role-play item: at or above the threshold and no capping taboo. */
    public static boolean passes(int points, boolean cappedByTaboo, int threshold) {
        return points >= threshold && !cappedByTaboo;
    }

    /** Scores a finished session; an unfinished one has no ending to judge and is refused. */
    public static RolePlayScore of(Session session) {
        Ending ending = session.ending().orElseThrow(() -> new IllegalStateException("session has not ended"));
        QualityScale scale = QualityScale.of(session.scenario());
        Map<Tag, Long> sums = QualityScale.sumsOf(session);
        List<TabooHit> hits = new ArrayList<>();
        for (Turn turn : session.turns()) {
            for (Tag taboo : turn.deltas().taboos()) {
                hits.add(hitOf(session.scenario(), turn, taboo));
            }
        }
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        scale.ranges().forEach((tag, range) -> qualities.put(tag, range.normalise(sums.getOrDefault(tag, 0L))));
        double mean = qualities.values().stream()
                .mapToInt(Integer::intValue)
                .average()
                .orElse(NOTHING_EXERCISED);
        long points = Math.round(mean) - (long) TABOO_PENALTY * hits.size() + endingAdjustment(ending.outcome());
        points = VisitorState.clamp(points);
        List<String> caps = new ArrayList<>();
        if (hits.stream().anyMatch(TabooHit::isSerious)) {
            caps.add(CAP_SERIOUS_TABOO);
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
            Choice same = choices.stream()
                    .filter(c -> c.effects().taboos().contains(taboo))
                    .findFirst()
                    .orElse(null);
            if (same != null) {
                source = same;
            } else {
                String better = choices.stream()
                        .filter(c -> !c.breaksTaboo())
                        .max(Comparator.comparingInt((Choice c) -> c.effects().qualities().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()))
                        .map(Choice::text)
                        .orElse("");
                return new TabooHit(
                        turn.number(),
                        turn.nodeId(),
                        taboo,
                        turn.words(),
                        better,
                        "six-taboos#" + taboo.name().toLowerCase(Locale.ROOT).replace('_', '-'));
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
