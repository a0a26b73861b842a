package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What Moodle 4.5 writes when it exports a bank of ours that it imported: qformat_gift's {@code writequestion} as the
 * fixtures in {@code src/test/resources/interop/moodle-4.5-export} show it ({@code // question: N  name: …} comments,
 * {@code top/} categories, tab-indented answers, {@code TRUE}/{@code FALSE}, {@code =%100%…#} short answers,
 * {@code \n} for line breaks, {@code _____} where a blank stood, {@code #} without a space), and its
 * {@code // [id:…] [tag:…]} line built from the tokens Moodle kept of our comment line. Our own {@code // @…} lines are gone. Tags come back lower-cased,
 * as a site that knew a tag in another spelling first may hand them back.
 */
final class MoodleExport {

    private static final Pattern TOKEN = Pattern.compile("\\[(id|tag):((?:\\\\]|[^\\]])*)]");

    private MoodleExport() {}

    /**
     * Moodle's export of the bank {@code ours}: a file our writer produced with its Moodle comment lines, or one
     * without them (the banks as sent for the fixtures).
     */
    static String of(String name, String ours) {
        return of(name, ours, false);
    }

    /**
     * As {@link #of(String, String)}; {@code nativeOrdering}: the bank went in with ordering questions in Moodle's
     * native syntax (our Moodle flavour), which Moodle exports through qtype_ordering's {@code export_to_gift}.
     */
    static String of(String name, String ours, boolean nativeOrdering) {
        List<Question> questions = MoodleFixtures.parseClean(name, ours);
        List<String> moodleLines = new ArrayList<>();
        for (String line : ours.split("\n")) {
            if (line.startsWith("//") && TOKEN.matcher(line).find()) {
                moodleLines.add(kept(line));
            }
        }
        if (!moodleLines.isEmpty()) {
            assertThat(moodleLines).as(name + ": one Moodle line per question").hasSameSizeAs(questions);
        }
        StringBuilder out = new StringBuilder();
        String category = null;
        int id = 100;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!q.category().equals(category)) {
                category = q.category();
                String moodle = "$course$/top/" + q.categoryPath();
                out.append("// question: 0  name: Switch category to ")
                        .append(moodle)
                        .append("\n$CATEGORY: ")
                        .append(moodle)
                        .append("\n\n\n");
            }
            out.append("// question: ")
                    .append(id++)
                    .append("  name: ")
                    .append(q.name())
                    .append('\n');
            if (!moodleLines.isEmpty()) {
                out.append(moodleLines.get(i)).append('\n');
            }
            if (nativeOrdering && q.type() == QuestionType.ORDERING) {
                writeNativeOrdering(out, q);
                out.append("\n\n");
                continue;
            }
            out.append("::").append(repchar(q.name())).append("::");
            write(out, q);
            out.append("\n\n");
        }
        return out.toString();
    }

    /** Each question Moodle wrote, by name: its text from the {@code ::name::} line on (without the comments). */
    static Map<String, String> bodies(String moodle) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String chunk : moodle.split("\n\n+")) {
            String body = chunk.lines().filter(l -> !l.startsWith("//")).collect(Collectors.joining("\n"));
            if (body.startsWith("::")) {
                bodies.put(body.substring(2, body.indexOf("::", 2)), body.strip());
            }
        }
        return bodies;
    }

    /** The line qformat_gift writes from what {@code extract_idnumber_and_tags_from_comment} kept. */
    private static String kept(String comment) {
        Matcher token = TOKEN.matcher(comment);
        List<String> bits = new ArrayList<>();
        while (token.find()) {
            String value = token.group(2).strip();
            bits.add("[" + token.group(1) + ":"
                    + (token.group(1).equals("tag") ? value.toLowerCase(Locale.ROOT) : value) + "]");
        }
        return "// " + String.join(" ", bits);
    }

    private static void write(StringBuilder out, Question q) {
        String text = q.type() == QuestionType.FILL && !q.textAfter().isEmpty()
                ? q.text() + "_____" + q.textAfter()
                : q.text();
        out.append("[markdown]").append(repchar(text));
        switch (q.type()) {
            case TRUE_FALSE -> {
                boolean answer = q.trueFalseAnswer();
                String right = q.choices().get(answer ? 0 : 1).feedback();
                String wrong = q.choices().get(answer ? 1 : 0).feedback();
                out.append('{').append(answer ? "TRUE" : "FALSE");
                if (!wrong.isEmpty()) {
                    out.append('#').append(repchar(wrong));
                } else if (!right.isEmpty()) {
                    out.append('#');
                }
                if (!right.isEmpty()) {
                    out.append('#').append(repchar(right));
                }
                if (!q.generalFeedback().isEmpty()) {
                    out.append("####").append(repchar(q.generalFeedback()));
                }
                out.append("}\n");
            }
            case SINGLE, CASE, MULTIPLE -> {
                boolean single = q.type() != QuestionType.MULTIPLE;
                out.append("{\n");
                for (Choice c : q.choices()) {
                    out.append('\t');
                    if (c.isFullyRight() && single) {
                        out.append('=');
                    } else if (c.fraction().signum() == 0) {
                        out.append('~');
                    } else {
                        out.append("~%").append(weight(c.fraction())).append('%');
                    }
                    out.append(repchar(c.text()));
                    if (!c.feedback().isEmpty()) {
                        out.append('#').append(repchar(c.feedback()));
                    }
                    out.append('\n');
                }
                generalFeedback(out, q).append("}\n");
            }
            case FILL -> {
                out.append("{\n");
                for (Choice c : q.choices()) {
                    out.append("\t=%")
                            .append(weight(c.fraction()))
                            .append('%')
                            .append(repchar(c.text()))
                            .append('#')
                            .append(repchar(c.feedback()))
                            .append('\n');
                }
                generalFeedback(out, q).append("}\n");
            }
            case MATCHING, ORDERING -> {
                out.append("{\n");
                for (MatchPair p : q.pairs()) {
                    out.append("\t=")
                            .append(repchar(p.left()))
                            .append(" -> ")
                            .append(repchar(p.right()))
                            .append('\n');
                }
                generalFeedback(out, q).append("}\n");
            }
        }
    }

    /**
     * qtype_ordering's {@code export_to_gift}: name, format and text as stored (no escapes), the options Moodle kept
     * from our block, the items; it writes no general feedback, so the explanation does not come back.
     */
    private static void writeNativeOrdering(StringBuilder out, Question q) {
        out.append("::")
                .append(q.name())
                .append("::[markdown]")
                .append(q.text())
                .append('{');
        out.append('>').append(q.pairs().size()).append(" ALL VERTICAL ABSOLUTE_POSITION SHOW none\n");
        q.pairs().forEach(p -> out.append(p.right()).append('\n'));
        out.append('}');
    }

    private static StringBuilder generalFeedback(StringBuilder out, Question q) {
        if (!q.generalFeedback().isEmpty()) {
            out.append("\t####").append(repchar(q.generalFeedback())).append('\n');
        }
        return out;
    }

    /** PHP prints {@code 0.5 * 100} as {@code 50}. */
    private static String weight(BigDecimal fraction) {
        return fraction.stripTrailingZeros().toPlainString();
    }

    /** qformat_gift's {@code repchar}: the special characters escaped, line breaks as {@code \n}. */
    static String repchar(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '#', '=', '~', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
