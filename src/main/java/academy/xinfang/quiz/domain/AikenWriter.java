package academy.xinfang.quiz.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes single-choice (and case) questions in the Aiken format. Aiken keeps only the text, the options and the
 * right option: names, feedback, tags and sections are lost, and other types cannot be written. Aiken is plain text
 * (Moodle shows {@code **案例**} with its asterisks), so texts and options are written as the words a learner reads,
 * without Markdown, on one line each, as Moodle's own Aiken export writes them.
 */
public final class AikenWriter {

    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    /** Underscores mark emphasis only at word edges ({@code snake_case_name} keeps them). */
    private static final Pattern UNDERSCORES =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(__?)(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}_])");
    /** Start of a private-use block that stands for escaped ASCII characters while the markup is taken out. */
    private static final int PRIVATE = 0xE000;

    private AikenWriter() {}

    public static String write(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        for (Question q : questions) {
            if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.CASE) {
                throw new IllegalArgumentException("Aiken holds single-choice questions only: " + q.name());
            }
            if (q.choices().size() > 26) {
                throw new IllegalArgumentException("Aiken allows at most 26 options: " + q.name());
            }
            int right = -1;
            for (int i = 0; i < q.choices().size(); i++) {
                if (q.choices().get(i).isFullyRight()) {
                    right = i;
                    break;
                }
            }
            if (right < 0) {
                throw new IllegalArgumentException("no fully right option: " + q.name());
            }
            out.append(plain(q.text())).append('\n');
            for (int i = 0; i < q.choices().size(); i++) {
                out.append((char) ('A' + i))
                        .append(". ")
                        .append(plain(q.choices().get(i).text()))
                        .append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + right)).append("\n\n");
        }
        return out.toString();
    }

    /**
     * The text without inline Markdown (strong and emphasis, code spans, links and images, backslash escapes),
     * whitespace and line breaks as single spaces. Done on the source rather than through the Markdown renderer so
     * that anything else, braces included, stays as written.
     */
    static String plain(String markdown) {
        StringBuilder escaped = new StringBuilder();
        Matcher escape = ESCAPE.matcher(markdown);
        while (escape.find()) {
            // an escaped character is kept literally: set aside as a private-use character while markup goes
            escape.appendReplacement(
                    escaped, Character.toString(PRIVATE + escape.group(1).charAt(0)));
        }
        escape.appendTail(escaped);
        String s = escaped.toString();
        s = IMAGE_OR_LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        s = UNDERSCORES.matcher(s).replaceAll("$2");
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(c >= PRIVATE && c < PRIVATE + 128 ? c - PRIVATE : c));
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
