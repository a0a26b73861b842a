package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a typed reply against the lexicons of the six taboos and the reception attitudes. Rules:
 *
 * <ul>
 *   <li>The reply is segmented into words with HanLP. An entry of one or two characters must be a whole word of the
 *       segmentation (so 管 does not match inside 管理, 放心 not inside 不放心 when HanLP keeps that as one word);
 *       longer entries match anywhere, because the segmenter may glue their first or last character to a neighbour.
 *   <li>{@code …} in an entry stands for up to {@value #GAP} characters of the same clause (去找…部门).
 *   <li>Negation: a match counts for nothing when one of the words just before it in the same clause (up to
 *       {@value #NEGATION_WINDOW} words back) is a negation such as 不, 不会, 没有, 别, 绝不, 避免 or 杜绝: 我们不会推诿
 *       is not buck-passing, 绝不敷衍 not evasion. Not handled: double negation (不是不管), negation after the words
 *       (推诿是不对的), questions and irony; a trainer's override is there for those.
 *   <li>Each entry counts once per reply however often it occurs; an entry inside a longer match of the same
 *       category is not counted again, nor words already counted for another attitude (a taboo is always flagged).
 *   <li>Contradiction: a reply that disowns a taboo and commits it (我们不推诿……你去找国土局), or shows an attitude
 *       together with its opposite taboo ({@link #OPPOSITES}), earns nothing: its quality gains and its calming of
 *       the visitor are dropped, its losses and taboos stay.
 *   <li>What a reply earns at a node is capped at the node's best authored reply ({@link ReplyScore#cappedAt}), so
 *       stuffing a reply with lexicon words cannot beat the model answer.
 *   <li>Effects: the quality deltas of the counted entries, each quality kept within ±{@value #MAX_QUALITY}; every
 *       taboo with a counted entry is committed; each category found moves the mood once by its lexicon's
 *       agitation and trust, the sum kept within ±{@value #MAX_MOOD}.
 * </ul>
 */
public final class ReplyScorer {
    public static final int MAX_LENGTH = 500;
    static final int GAP = 8;
    static final int NEGATION_WINDOW = 3;
    static final int MAX_QUALITY = 15;
    static final int MAX_MOOD = 40;
    static final Set<String> NEGATIONS = Set.of(
            "不", "不会", "不能", "不要", "不该", "不应", "不应该", "不可", "不可能", "不得", "不用", "没", "没有", "别", "莫", "勿", "绝不", "决不",
            "绝对不", "从不", "从来不", "并不", "不再", "杜绝", "避免", "防止", "拒绝", "不是");
    /**
     * Each reception attitude and the taboos that are its opposite: a reply showing both contradicts itself. 热心 is
     * undone by a cold or harsh word, 耐心 by hurrying, 真心 by pushing the matter away, 诚心 by evasion, 细心 by a
     * promise made before the facts are checked.
     */
    static final Map<Tag, Set<Tag>> OPPOSITES = Map.of(
            Tag.WARMTH, Set.of(Tag.COLD_RECEPTION, Tag.HARSH_ATTITUDE),
            Tag.PATIENCE, Set.of(Tag.IMPATIENCE),
            Tag.GENUINENESS, Set.of(Tag.BUCK_PASSING),
            Tag.SINCERITY, Set.of(Tag.PERFUNCTORY_EVASION),
            Tag.CAREFULNESS, Set.of(Tag.CARELESS_PROMISE));

    private static final String CLAUSE_BREAKS = "，。！？；：,.!?;:\n\r…—";

    private final List<Lexicon> lexicons;

    public ReplyScorer(List<Lexicon> lexicons) {
        this.lexicons = List.copyOf(lexicons);
    }

    public ReplyScore score(String reply) {
        String text = reply == null ? "" : reply.strip();
        List<Term> terms = HanLP.newSegment().enableOffset(true).seg(text);
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Term t : terms) {
            starts.add(t.offset);
            ends.add(t.offset + t.word.length());
        }
        List<ReplyScore.Hit> hits = new ArrayList<>();
        for (Lexicon lexicon : lexicons) {
            List<Lexicon.Entry> entries = new ArrayList<>(lexicon.entries());
            entries.sort(Comparator.comparingInt((Lexicon.Entry e) -> e.phrase().length())
                    .reversed());
            List<ReplyScore.Hit> found = new ArrayList<>();
            for (Lexicon.Entry entry : entries) {
                ReplyScore.Hit negated = null;
                ReplyScore.Hit counted = null;
                for (int[] m : matches(text, entry.phrase(), starts, ends)) {
                    if (found.stream().anyMatch(h -> h.counts() && h.start() <= m[0] && m[1] <= h.end())) {
                        continue;
                    }
                    // the same words count once: not again for another attitude (a taboo is always flagged)
                    if (!lexicon.isTaboo()
                            && hits.stream()
                                    .anyMatch(h -> h.counts()
                                            && !isTaboo(h.category())
                                            && h.start() <= m[0]
                                            && m[1] <= h.end())) {
                        continue;
                    }
                    boolean isNegated = negated(terms, text, m[0]);
                    ReplyScore.Hit hit = new ReplyScore.Hit(
                            lexicon.category(),
                            entry.phrase(),
                            text.substring(m[0], m[1]),
                            m[0],
                            m[1],
                            isNegated,
                            entry.qualities());
                    if (!isNegated) {
                        counted = hit;
                        break;
                    }
                    if (negated == null) {
                        negated = hit;
                    }
                }
                if (counted != null) {
                    found.add(counted);
                } else if (negated != null) {
                    found.add(negated);
                }
            }
            hits.addAll(found);
        }
        hits.sort(Comparator.comparingInt(ReplyScore.Hit::start)
                .thenComparing(h -> h.category().ordinal()));
        boolean contradictory = contradicts(hits);
        Effects effects = effects(hits);
        if (contradictory) {
            effects = withoutGains(effects);
        }
        return new ReplyScore(text, hits, effects, contradictory);
    }

    /**
     * Whether the words contradict themselves: a category both disowned and used (我们不推诿……你去找国土局), or an
     * attitude together with the taboo that is its opposite ({@link #OPPOSITES}: 慢慢说 with 说重点). Such a reply is
     * lip service; its words earn nothing, though a taboo in it still counts.
     */
    static boolean contradicts(List<ReplyScore.Hit> hits) {
        Set<Tag> counted = EnumSet.noneOf(Tag.class);
        Set<Tag> negated = EnumSet.noneOf(Tag.class);
        for (ReplyScore.Hit h : hits) {
            (h.counts() ? counted : negated).add(h.category());
        }
        for (Tag t : counted) {
            if (negated.contains(t) && isTaboo(t)) {
                return true;
            }
            for (Tag opposite : OPPOSITES.getOrDefault(t, Set.of())) {
                if (counted.contains(opposite)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The effects without anything gained: no quality rises, the visitor is neither calmed nor won over. */
    private static Effects withoutGains(Effects e) {
        Map<Tag, Integer> losses = new EnumMap<>(Tag.class);
        e.qualities().forEach((q, d) -> {
            if (d < 0) {
                losses.put(q, d);
            }
        });
        return new Effects(losses, e.taboos(), Math.max(0, e.agitation()), Math.min(0, e.trust()));
    }

    private static boolean isTaboo(Tag category) {
        return category.kind() == TagKind.TABOO;
    }

    private Effects effects(List<ReplyScore.Hit> hits) {
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        Set<Tag> categories = new LinkedHashSet<>();
        for (ReplyScore.Hit hit : hits) {
            if (hit.counts()) {
                hit.qualities().forEach((q, d) -> qualities.merge(q, d, Integer::sum));
                categories.add(hit.category());
            }
        }
        qualities.replaceAll((q, d) -> Math.max(-MAX_QUALITY, Math.min(MAX_QUALITY, d)));
        qualities.values().removeIf(d -> d == 0);
        Set<Tag> taboos = EnumSet.noneOf(Tag.class);
        int agitation = 0;
        int trust = 0;
        for (Lexicon lexicon : lexicons) {
            if (categories.contains(lexicon.category())) {
                agitation += lexicon.agitation();
                trust += lexicon.trust();
                if (lexicon.isTaboo()) {
                    taboos.add(lexicon.category());
                }
            }
        }
        return new Effects(qualities, List.copyOf(taboos), clampMood(agitation), clampMood(trust));
    }

    private static int clampMood(int value) {
        return Math.max(-MAX_MOOD, Math.min(MAX_MOOD, value));
    }

    /** Every place {@code phrase} occurs, as {start, end}, under the word-boundary and gap rules above. */
    private static List<int[]> matches(String text, String phrase, Set<Integer> starts, Set<Integer> ends) {
        String[] parts = phrase.split("…");
        List<int[]> result = new ArrayList<>();
        for (int from = text.indexOf(parts[0]); from >= 0; from = text.indexOf(parts[0], from + 1)) {
            int end = from + parts[0].length();
            boolean ok = parts.length > 1 || parts[0].length() > 2 || (starts.contains(from) && ends.contains(end));
            for (int i = 1; ok && i < parts.length; i++) {
                int next = text.indexOf(parts[i], end);
                ok = next >= 0 && next - end <= GAP && noBreak(text, end, next);
                end = ok ? next + parts[i].length() : end;
            }
            if (ok) {
                result.add(new int[] {from, end});
            }
        }
        return result;
    }

    private static boolean noBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a negation word stands just before {@code start} in the same clause. */
    private static boolean negated(List<Term> terms, String text, int start) {
        int seen = 0;
        for (int i = terms.size() - 1; i >= 0 && seen < NEGATION_WINDOW; i--) {
            Term t = terms.get(i);
            if (t.offset >= start) {
                continue;
            }
            if (t.offset + t.word.length() > start) {
                // The match begins inside this word: a negation glued to it (不推诿 as one word) still negates.
                if (NEGATIONS.contains(t.word.substring(0, start - t.offset))) {
                    return true;
                }
                continue;
            }
            if (!noBreak(text, t.offset, t.offset + t.word.length())) {
                return false;
            }
            if (NEGATIONS.contains(t.word)) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
