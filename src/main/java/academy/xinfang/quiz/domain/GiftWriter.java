package academy.xinfang.quiz.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes questions as GIFT with our conventions (metadata line, {@code ::name::}, {@code [markdown]}, one blank line
 * between questions), so that {@code GiftParser.parse(file, write(questions))} gives the same questions back, apart
 * from their line numbers.
 */
public final class GiftWriter {

    /**
     * {@code STANDARD} writes ordering questions as matching questions on positions, which every GIFT reader takes;
     * {@code MOODLE} writes them as Moodle 4.3+'s native ordering question ({@code {>n ALL …}}), so a Moodle site
     * shows a drag-and-drop list.
     */
    public enum Flavour {
        STANDARD,
        MOODLE
    }

    /** The options of a native ordering block: every item, graded by absolute position as we grade it. */
    static final String MOODLE_ORDERING_OPTIONS = " ALL VERTICAL ABSOLUTE_POSITION SHOW none";

    private GiftWriter() {}

    public static String write(List<Question> questions) {
        return write(questions, Flavour.STANDARD);
    }

    public static String write(List<Question> questions, Flavour flavour) {
        StringBuilder out = new StringBuilder();
        String category = "";
        for (Question q : questions) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (!q.category().equals(category)) {
                category = q.category();
                out.append("$CATEGORY: ").append(category).append("\n\n");
            }
            writeQuestion(out, q, flavour);
        }
        return out.toString();
    }

    private static void writeQuestion(StringBuilder out, Question q, Flavour flavour) {
        out.append("// @tags:");
        if (!q.tags().isEmpty()) {
            out.append(' ').append(q.tags().stream().map(Tag::name).collect(Collectors.joining(", ")));
        }
        out.append(" @section:");
        if (q.section() != null) {
            out.append(' ').append(q.section());
        }
        out.append(" @type: ").append(q.type().giftName()).append('\n');
        moodleLine(out, q);
        if (!q.name().isEmpty()) {
            out.append("::").append(GiftText.escape(q.name())).append("::");
        }
        out.append("[markdown]").append(GiftText.escape(q.text()));
        switch (q.type()) {
            case SINGLE, CASE, MULTIPLE -> {
                out.append("{\n");
                Marker marker = q.type() == QuestionType.MULTIPLE ? Marker.MULTIPLE : Marker.SINGLE;
                for (Choice c : q.choices()) {
                    out.append(choice(c, marker)).append('\n');
                }
                generalFeedback(out, q).append("}");
            }
            case TRUE_FALSE -> writeTrueFalse(out, q);
            case FILL -> {
                boolean inline = !q.textAfter().isEmpty();
                out.append(inline ? "{" : "{\n");
                for (Choice c : q.choices()) {
                    out.append(choice(c, Marker.FILL)).append(inline ? " " : "\n");
                }
                if (!q.generalFeedback().isEmpty()) {
                    out.append("####")
                            .append(GiftText.escape(q.generalFeedback()))
                            .append(inline ? "" : "\n");
                }
                out.append("}");
            }
            case ORDERING -> {
                if (flavour == Flavour.MOODLE && fitsMoodleOrdering(q)) {
                    writeMoodleOrdering(out, q);
                } else {
                    writePairs(out, q);
                }
            }
            case MATCHING -> writePairs(out, q);
        }
        out.append(GiftText.escape(q.textAfter())).append('\n');
    }

    private static void writePairs(StringBuilder out, Question q) {
        out.append("{\n");
        for (MatchPair p : q.pairs()) {
            out.append('=')
                    .append(GiftText.escape(p.left()))
                    .append(" -> ")
                    .append(GiftText.escape(p.right()))
                    .append('\n');
        }
        generalFeedback(out, q).append("}");
    }

    /**
     * Moodle's ordering import takes each item line as it stands (no GIFT escapes) and drops comment lines first, so
     * an item that needs an escape, spans lines, starts a comment or is blank or {@code 0} (which it skips) cannot be
     * written natively; such a question keeps the matching encoding.
     */
    private static boolean fitsMoodleOrdering(Question q) {
        for (MatchPair p : q.pairs()) {
            String item = p.right();
            if (item.isBlank()
                    || item.equals("0")
                    || item.contains("\\")
                    || item.contains("{")
                    || item.contains("}")
                    || item.contains("\n")
                    || item.contains("####")
                    || item.startsWith("//")
                    || !item.equals(item.strip())) {
                return false;
            }
        }
        return true;
    }

    /** The items in the right order, one a line, after the options; the explanation stays where GIFT puts it. */
    private static void writeMoodleOrdering(StringBuilder out, Question q) {
        out.append("{>")
                .append(q.pairs().size())
                .append(MOODLE_ORDERING_OPTIONS)
                .append('\n');
        for (MatchPair p : q.pairs()) {
            out.append(p.right()).append('\n');
        }
        generalFeedback(out, q).append("}");
    }

    /**
     * The same metadata in the comment syntax Moodle's GIFT importer reads and its export writes back
     * ({@code // [id:…] [tag:…]}), so that a bank keeps its names, tags, sections and types through a Moodle site. The
     * section is two tags, {@code module:} and {@code section:}, since a Moodle tag holds at most 50 characters.
     */
    private static void moodleLine(StringBuilder out, Question q) {
        out.append("//");
        if (!q.name().isEmpty()) {
            out.append(" [id:").append(moodleEscape(q.name())).append(']');
        }
        q.tags().forEach(t -> out.append(" [tag:").append(t.name()).append(']'));
        if (q.section() != null) {
            int hash = q.section().indexOf('#');
            out.append(" [tag:module:")
                    .append(moodleEscape(q.section().substring(0, hash)))
                    .append(']');
            out.append(" [tag:section:")
                    .append(moodleEscape(q.section().substring(hash + 1)))
                    .append(']');
        }
        out.append(" [tag:type:").append(q.type().giftName()).append("]\n");
    }

    private static String moodleEscape(String s) {
        return s.replace("]", "\\]");
    }

    private static StringBuilder generalFeedback(StringBuilder out, Question q) {
        if (!q.generalFeedback().isEmpty()) {
            out.append("####").append(GiftText.escape(q.generalFeedback())).append('\n');
        }
        return out;
    }

    private enum Marker {
        SINGLE,
        MULTIPLE,
        FILL
    }

    /**
     * {@code =} for a fully right option of a single-choice question and for every accepted answer of a fill
     * question, {@code ~} otherwise, so that the parser infers the same type again.
     */
    private static String choice(Choice c, Marker marker) {
        StringBuilder s = new StringBuilder();
        boolean equals =
                marker == Marker.FILL || marker == Marker.SINGLE && c.fraction().compareTo(Choice.FULL) == 0;
        BigDecimal implicit = equals ? Choice.FULL : BigDecimal.ZERO;
        s.append(equals ? '=' : '~');
        if (!c.fraction().equals(implicit)) {
            s.append('%').append(c.fraction().toPlainString()).append('%');
        }
        s.append(GiftText.escape(c.text()));
        if (!c.feedback().isEmpty()) {
            s.append(" #").append(GiftText.escape(c.feedback()));
        }
        return s.toString();
    }

    /** Moodle's order: the first {@code #} text is for a wrong answer, the second for a right one. */
    private static void writeTrueFalse(StringBuilder out, Question q) {
        boolean answer = q.trueFalseAnswer();
        Choice right = q.choices().get(answer ? 0 : 1);
        Choice wrong = q.choices().get(answer ? 1 : 0);
        out.append('{').append(answer ? 'T' : 'F');
        if (!wrong.feedback().isEmpty() || !right.feedback().isEmpty()) {
            out.append('#').append(GiftText.escape(wrong.feedback()));
        }
        if (!right.feedback().isEmpty()) {
            out.append('#').append(GiftText.escape(right.feedback()));
        }
        if (!q.generalFeedback().isEmpty()) {
            out.append("####").append(GiftText.escape(q.generalFeedback()));
        }
        out.append("\n}");
    }
}
