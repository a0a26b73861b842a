package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The qualities a scenario exercises and, for each, the lowest and highest sum of deltas that a complete run of the
 * authored replies reaches ({@link ScenarioPaths}). A quality no reply moves (or that every run moves alike) is not
 * exercised: it says nothing about how the officer received this visitor and is left out of the score, instead of
 * sitting at a neutral value that drags a perfect run down. An exercised quality scores 0 at its lowest reachable sum
 * and 100 at its highest; a typed reply cannot push it beyond, since its gains are capped at the node's best
 * authored reply, and the score is clamped anyway.
 */
public record QualityScale(Map<Tag, Range> ranges) {

    private static final Map<Scenario, QualityScale> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    /** The lowest and highest sum of one quality's deltas over all complete runs. */
    public record Range(long min, long max) {
        /** The sum on a 0–100 scale, 0 at the lowest reachable sum and 100 at the highest, clamped. */
        public int normalise(long sum) {
            double scaled = 100.0 * (sum - min) / (max - min);
            return (int) Math.max(0, Math.min(100, Math.round(scaled)));
        }
    }

    public QualityScale {
        ranges = Collections.unmodifiableMap(new EnumMap<>(ranges));
    }

    /** The scale of a scenario, computed once per scenario by playing every run. */
    public static QualityScale of(Scenario scenario) {
        QualityScale scale = CACHE.get(scenario);
        if (scale == null) {
            scale = compute(scenario);
            CACHE.put(scenario, scale);
        }
        return scale;
    }

    private static QualityScale compute(Scenario scenario) {
        Map<Tag, long[]> bounds = new EnumMap<>(Tag.class);
        int[] runs = {0};
        ScenarioPaths.forEachRun(scenario, run -> {
            runs[0]++;
            Map<Tag, Long> sums = sumsOf(run.session());
            for (Tag q : Tag.values()) {
                if (q.kind() != TagKind.QUALITY) {
                    continue;
                }
                long sum = sums.getOrDefault(q, 0L);
                long[] b = bounds.computeIfAbsent(q, k -> new long[] {sum, sum});
                b[0] = Math.min(b[0], sum);
                b[1] = Math.max(b[1], sum);
            }
        });
        Map<Tag, Range> ranges = new EnumMap<>(Tag.class);
        bounds.forEach((q, b) -> {
            if (b[1] > b[0]) {
                ranges.put(q, new Range(b[0], b[1]));
            }
        });
        return new QualityScale(ranges);
    }

    /**
     * Sum of the quality deltas of a session's turns (typed replies: the effects that count). A node counts once, at
     * its first answer: a talk that comes back to a node (an agitated crowd calmed, then the same questions again)
     * must not earn the same credit twice, or provoking the visitor would pay.
     */
    static Map<Tag, Long> sumsOf(Session session) {
        Map<Tag, Long> sums = new EnumMap<>(Tag.class);
        Set<String> answered = new HashSet<>();
        for (Turn turn : session.turns()) {
            if (!answered.add(turn.nodeId())) {
                continue;
            }
            turn.deltas().qualities().forEach((tag, delta) -> {
                if (tag.kind() == TagKind.QUALITY) {
                    sums.merge(tag, (long) delta, Long::sum);
                }
            });
        }
        return sums;
    }

    public boolean exercises(Tag quality) {
        return ranges.containsKey(quality);
    }
}
