package academy.xinfang.quiz.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What of each question survives a trip to Moodle and back, counted per type: the questions sent, and how many come
 * back (matched by name, which Moodle always writes) with each aspect intact.
 */
final class MoodleTrip {

    /** {@code content}: text with the blank in place, options, weights, per-option feedback, pairs. */
    enum Aspect {
        CONTENT,
        EXPLANATION,
        CATEGORY,
        TYPE,
        TAGS,
        SECTION
    }

    /** Per type of the sent question: [sent, back, then one count per {@link Aspect}]. */
    static Map<QuestionType, int[]> measure(List<Question> sent, List<Question> back) {
        Map<String, Question> byName = new LinkedHashMap<>();
        back.forEach(q -> byName.put(q.name(), q));
        Map<QuestionType, int[]> counts = new EnumMap<>(QuestionType.class);
        for (Question s : sent) {
            int[] c = counts.computeIfAbsent(s.type(), t -> new int[2 + Aspect.values().length]);
            c[0]++;
            Question b = byName.get(s.name());
            if (b == null) {
                continue;
            }
            c[1]++;
            boolean[] kept = {
                sameContent(s, b),
                s.generalFeedback().equals(b.generalFeedback()),
                s.category().equals(b.category()),
                s.type() == b.type(),
                s.tags().equals(b.tags()),
                Objects.equals(s.section(), b.section())
            };
            for (int i = 0; i < kept.length; i++) {
                c[2 + i] += kept[i] ? 1 : 0;
            }
        }
        return counts;
    }

    private static boolean sameContent(Question s, Question b) {
        if (!s.text().equals(b.text())
                || !s.textAfter().equals(b.textAfter())
                || !s.pairs().equals(b.pairs())
                || s.choices().size() != b.choices().size()) {
            return false;
        }
        for (int i = 0; i < s.choices().size(); i++) {
            Choice x = s.choices().get(i);
            Choice y = b.choices().get(i);
            if (!x.text().equals(y.text())
                    || x.fraction().compareTo(y.fraction()) != 0
                    || !x.feedback().equals(y.feedback())) {
                return false;
            }
        }
        return true;
    }

    /** The counts as a Markdown table, {@code back/sent} per cell. */
    static String table(Map<QuestionType, int[]> counts) {
        List<String> rows = new ArrayList<>();
        rows.add("| type | back | content | explanation | category | type | tags | section |");
        rows.add("|---|---|---|---|---|---|---|---|");
        int[] total = new int[2 + Aspect.values().length];
        counts.forEach((type, c) -> {
            rows.add(row(type.giftName(), c));
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        });
        rows.add(row("all", total));
        return String.join("\n", rows) + "\n";
    }

    private static String row(String name, int[] c) {
        StringBuilder row = new StringBuilder("| ")
                .append(name)
                .append(" | ")
                .append(c[1])
                .append('/')
                .append(c[0]);
        for (int i = 2; i < c.length; i++) {
            row.append(" | ").append(c[i]).append('/').append(c[0]);
        }
        return row.append(" |").toString();
    }
}
