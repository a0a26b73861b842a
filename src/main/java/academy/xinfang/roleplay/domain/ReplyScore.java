package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link ReplyScorer} found in a typed reply: every lexicon match with its place in the text (negated ones
 * are kept so the officer and the trainer can see why they did not count), the effects the counted ones add up to,
 * and whether the words contradict themselves (then nothing in them earns anything).
 */
public record ReplyScore(String text, List<Hit> hits, Effects effects, boolean contradictory) implements Serializable {
    /** Held by the player page, in the HTTP session that moves between nodes of a cluster. */
    private static final long serialVersionUID = 1L;

    /**
     * One match: the category (a taboo or an attitude), the lexicon entry, the words of the reply it covers
     * ({@code start} inclusive, {@code end} exclusive, in characters of the text), whether a negation before it
     * cancelled it, and the entry's quality deltas.
     */
    public record Hit(
            Tag category, String entry, String words, int start, int end, boolean negated, Map<Tag, Integer> qualities)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Hit {
            Objects.requireNonNull(category, "category");
            qualities = qualities == null ? Map.of() : Map.copyOf(qualities);
        }

        public boolean counts() {
            return !negated;
        }
    }

    public ReplyScore {
        hits = List.copyOf(hits);
        Objects.requireNonNull(effects, "effects");
    }

    /** A reply whose words do not contradict themselves. */
    public ReplyScore(String text, List<Hit> hits, Effects effects) {
        this(text, hits, effects, false);
    }

    /**
     * This score with what the reply earns capped at what the best authored reply of {@code node} earns: each quality
     * gains at most that reply's delta for it (nothing for a quality it does not move), the visitor's trust rises and
     * agitation falls at most as much as under the node's best reply for the mood. Losses stay: a typed reply may do
     * worse than every authored one, never better than the best. The best reply is the non-taboo choice with the
     * largest quality sum ({@link FreeTextRoute#best}).
     */
    public ReplyScore cappedAt(ScenarioNode node) {
        Choice best = FreeTextRoute.best(node);
        Map<Tag, Integer> bestQualities =
                best == null ? Map.of() : best.effects().qualities();
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        effects.qualities().forEach((q, d) -> {
            int capped = d > 0 ? Math.min(d, Math.max(0, bestQualities.getOrDefault(q, 0))) : d;
            if (capped != 0) {
                qualities.put(q, capped);
            }
        });
        int calmest = node.choices().stream()
                .mapToInt(c -> c.effects().agitation())
                .min()
                .orElse(0);
        int mostTrust =
                node.choices().stream().mapToInt(c -> c.effects().trust()).max().orElse(0);
        int agitation =
                effects.agitation() < 0 ? Math.max(effects.agitation(), Math.min(0, calmest)) : effects.agitation();
        int trust = effects.trust() > 0 ? Math.min(effects.trust(), Math.max(0, mostTrust)) : effects.trust();
        return new ReplyScore(text, hits, new Effects(qualities, effects.taboos(), agitation, trust), contradictory);
    }

    /** The counted hits that flag a taboo. */
    public List<Hit> tabooHits() {
        return hits.stream()
                .filter(h -> h.counts() && effects.taboos().contains(h.category()))
                .toList();
    }
}
