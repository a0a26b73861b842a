package academy.xinfang.roleplay.domain;

import academy.xinfang.content.domain.Tag;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link ReplyScorer} found in a typed reply: every lexicon match with its place in the text (negated ones
 * are kept so the officer and the trainer can see why they did not count) and the effects the counted ones add up to.
 */
public record ReplyScore(String text, List<Hit> hits, Effects effects) {

    /**
     * One match: the category (a taboo or an attitude), the lexicon entry, the words of the reply it covers
     * ({@code start} inclusive, {@code end} exclusive, in characters of the text), whether a negation before it
     * cancelled it, and the entry's quality deltas.
     */
    public record Hit(Tag category, String entry, String words, int start, int end, boolean negated,
            Map<Tag, Integer> qualities) implements Serializable {
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

    /** The counted hits that flag a taboo. */
    public List<Hit> tabooHits() {
        return hits.stream().filter(h -> h.counts() && effects.taboos().contains(h.category())).toList();
    }
}
