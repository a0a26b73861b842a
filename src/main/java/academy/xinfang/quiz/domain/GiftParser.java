package academy.xinfang.quiz.domain;

import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a GIFT bank with our conventions (see {@code quizzes/README.md}): an optional metadata comment
 * {@code // @tags: … @section: module#section @type: …} before each question, {@code ::name::}, {@code [markdown]}
 * text, per-answer {@code #feedback}, {@code ####} general feedback and partial credit {@code ~%50%}. Plain Moodle
 * files without metadata also load: the type is inferred from the answer block and the question has no tags.
 *
 * <p>Questions are separated by blank lines. A malformed question is reported with its line and skipped, so one
 * broken question never hides the rest of the bank. Numeric, essay and description questions are refused as
 * {@code quiz.unsupported}. Given a {@link MarkdownCheck} (the importer's renders each new text), a text that cannot be
 * shown ({@code markdown.*}, e.g. quotes nested thousands deep) is reported at its file line too, but the question is
 * kept: stored versions are parsed without the check, and a text that cannot be rendered then costs its question a
 * notice where it is shown (a version stored before the limits still loads).
 */
public final class GiftParser {

    private static final Pattern METADATA = Pattern.compile("@tags:(.*?)@section:(.*?)@type:(.*)");
    private static final Pattern SECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*#[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern FORMAT = Pattern.compile("^\\[(markdown|html|plain|moodle)]");
    private static final Pattern TRUE_FALSE = Pattern.compile("(?i)T|F|TRUE|FALSE");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    /** The blank Moodle's importer puts where a short-answer block stood inside the sentence. */
    private static final Pattern MOODLE_BLANK = Pattern.compile("_{5,}");
    /**
     * The options line of Moodle's ordering block, as qtype_ordering's GIFT import knows them; any other word would be
     * an item Moodle reads on that line, which we do not.
     */
    private static final Pattern ORDERING_OPTIONS =
            Pattern.compile("\\d+(?:\\s+(?:ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG"
                    + "|HORIZONTAL|HORI|H|VERTICAL|VERT|V|ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS"
                    + "|RELATIVE_NEXT_EXCLUDE_LAST|RELATIVE_NEXT_INCLUDE_LAST|RELATIVE_ONE_PREVIOUS_AND_NEXT"
                    + "|RELATIVE_ALL_PREVIOUS_AND_NEXT|RELATIVE_TO_CORRECT|RELATIVE|LONGEST_ORDERED_SUBSET"
                    + "|LONGEST_CONTIGUOUS_SUBSET|SHOW|TRUE|YES|1|HIDE|FALSE|NO|0|none|123|abc|ABCD|iii|IIII))*");
    /** Moodle's {@code [id:…]} and {@code [tag:…]} in a question's comments, with {@code \]} for a bracket. */
    private static final Pattern MOODLE_TOKEN = Pattern.compile("\\[(id|tag):((?:\\\\]|[^\\]])*)]");
    /** Moodle's own top category of a context, {@code $course$/top/…}: ours has none. */
    private static final Pattern MOODLE_TOP = Pattern.compile("^(\\$[a-z]+\\$/)top(/|$)");

    private GiftParser() {}

    /**
     * What keeps one Markdown text of a question from being shown, by line of the text; empty when it can be. The
     * importer renders the text here, so that a bank is stored only when every text renders.
     */
    @FunctionalInterface
    public interface MarkdownCheck {
        Optional<MarkdownLimits.Violation> problemIn(String markdown);
    }

    /** Parses without looking into the Markdown of the texts: for a version stored already, which is rendered next. */
    public static BankParseResult parse(String fileName, String text) {
        return parse(fileName, text, markdown -> Optional.empty());
    }

    /** Parses, and reports every text {@code markdown} finds a problem in at the file line of that problem. */
    public static BankParseResult parse(String fileName, String text, MarkdownCheck markdown) {
        return new Run(fileName, markdown).parse(text);
    }

    /**
     * The category as our banks write it: Moodle 4 puts every category of a context under its own {@code top}, and
     * writes {@code $course$/top/six-taboos} for what we wrote {@code $course$/six-taboos}.
     */
    static String withoutTop(String category) {
        Matcher top = MOODLE_TOP.matcher(category);
        if (!top.find()) {
            return category;
        }
        return top.group(1) + category.substring(top.end());
    }

    private record Line(int number, String text) {}

    /** {@code type} is null when a Moodle comment line does not name one: the syntax then tells. */
    private record Metadata(QuestionType type, Set<Tag> tags, String section) {}

    /** The comment lines before a question: ours ({@code // @tags: …}) and Moodle's {@code [id:…]}/{@code [tag:…]}. */
    private static final class Comments {
        String meta;
        int metaLine;
        String id;
        final List<String> moodleTags = new ArrayList<>();
        int moodleLine;

        boolean hasMoodle() {
            return id != null || !moodleTags.isEmpty();
        }
    }

    /** {@code generalFeedbackAt}: where the general feedback starts in the question, or -1. */
    private record Block(
            QuestionType type,
            List<Choice> choices,
            List<MatchPair> pairs,
            String generalFeedback,
            int generalFeedbackAt) {}

    /** Thrown inside one question to skip it; the problem is already recorded. */
    private static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;

        Skip() {
            super(null, null, false, false);
        }
    }

    private static final class Run {
        private final String file;
        private final MarkdownCheck markdownCheck;
        private final List<Question> questions = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private String category = "";

        // the body of the question being parsed, and where each of its lines starts
        private String body;
        private int[] lineStarts;
        private int[] lineNumbers;

        Run(String file, MarkdownCheck markdownCheck) {
            this.file = file;
            this.markdownCheck = markdownCheck;
        }

        BankParseResult parse(String text) {
            String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
            normalised = normalised.replace("\r\n", "\n").replace('\r', '\n');
            String[] raw = normalised.split("\n", -1);
            List<Line> chunk = new ArrayList<>();
            for (int i = 0; i < raw.length; i++) {
                if (raw[i].isBlank()) {
                    chunk(chunk);
                    chunk.clear();
                } else {
                    chunk.add(new Line(i + 1, raw[i]));
                }
            }
            chunk(chunk);
            return new BankParseResult(questions, problems);
        }

        private void problem(int line, String key, Object... args) {
            problems.add(ImportProblem.of(file, line, key, args));
        }

        private void chunk(List<Line> lines) {
            if (lines.isEmpty()) {
                return;
            }
            Comments comments = new Comments();
            List<Line> bodyLines = new ArrayList<>();
            for (Line line : lines) {
                String s = line.text().strip();
                if (bodyLines.isEmpty() && s.startsWith("$CATEGORY:")) {
                    category = withoutTop(s.substring("$CATEGORY:".length()).strip());
                } else if (s.startsWith("//")) {
                    if (bodyLines.isEmpty()) {
                        comment(s.substring(2).strip(), line.number(), comments);
                    }
                } else {
                    bodyLines.add(line);
                }
            }
            if (bodyLines.isEmpty()) {
                if (comments.meta != null) {
                    problem(comments.metaLine, "quiz.badMetadata", "no question follows");
                }
                return;
            }
            try {
                questions.add(question(bodyLines, comments));
            } catch (Skip skipped) {
                // reported already; the next question still parses
            }
        }

        /**
         * One comment line before a question. Moodle's tokens ({@code [id:…]}, {@code [tag:…]}, which Moodle reads
         * from any comment of the question) are taken out first; what is left is our metadata line if it starts with
         * one of its fields, so one line may carry both. Other comments (Moodle's {@code // question: 12  name: …})
         * are skipped.
         */
        private void comment(String comment, int number, Comments comments) {
            Matcher token = MOODLE_TOKEN.matcher(comment);
            StringBuilder rest = new StringBuilder();
            boolean found = false;
            while (token.find()) {
                found = true;
                String value = token.group(2).replace("\\]", "]").strip();
                if (token.group(1).equals("id")) {
                    if (comments.id == null) {
                        comments.id = value;
                    }
                } else {
                    comments.moodleTags.add(value);
                }
                token.appendReplacement(rest, " ");
            }
            token.appendTail(rest);
            if (found) {
                comments.moodleLine = number;
            }
            String ours = rest.toString().strip();
            if (ours.startsWith("@tags:") || ours.startsWith("@section:") || ours.startsWith("@type:")) {
                if (comments.meta != null) {
                    problem(number, "quiz.badMetadata", "second metadata line");
                }
                comments.meta = ours;
                comments.metaLine = number;
            }
        }

        private int lineAt(int offset) {
            int found = 0;
            for (int i = 0; i < lineStarts.length && lineStarts[i] <= offset; i++) {
                found = i;
            }
            return lineNumbers[found];
        }

        private Question question(List<Line> bodyLines, Comments comments) throws Skip {
            StringBuilder joined = new StringBuilder();
            lineStarts = new int[bodyLines.size()];
            lineNumbers = new int[bodyLines.size()];
            for (int i = 0; i < bodyLines.size(); i++) {
                if (i > 0) {
                    joined.append('\n');
                }
                lineStarts[i] = joined.length();
                lineNumbers[i] = bodyLines.get(i).number();
                joined.append(bodyLines.get(i).text());
            }
            body = joined.toString();
            int first = lineNumbers[0];

            Metadata ours = comments.meta == null ? null : metadata(comments.meta, comments.metaLine);
            Metadata moodle = comments.hasMoodle() ? moodleMetadata(comments) : null;

            int pos = 0;
            while (pos < body.length() && Character.isWhitespace(body.charAt(pos))) {
                pos++;
            }
            String name = "";
            if (body.startsWith("::", pos)) {
                int end = GiftText.indexOfUnescaped(body, "::", pos + 2);
                if (end < 0) {
                    problem(first, "quiz.unclosedName");
                    throw new Skip();
                }
                name = GiftText.unescape(body.substring(pos + 2, end)).strip();
                pos = end + 2;
            }
            int open = GiftText.indexOfUnescaped(body, "{", pos);
            if (open < 0) {
                problem(first, "quiz.unsupported", "description");
                throw new Skip();
            }
            int close = GiftText.indexOfUnescaped(body, "}", open + 1);
            if (close < 0) {
                problem(lineAt(open), "quiz.unclosedBrace");
                throw new Skip();
            }
            int nested = GiftText.indexOfUnescaped(body, "{", open + 1);
            if (nested >= 0 && nested < close) {
                problem(lineAt(nested), "quiz.unclosedBrace");
                throw new Skip();
            }
            String after = body.substring(close + 1);
            int second = GiftText.indexOfUnescaped(after, "{", 0);
            if (second >= 0) {
                problem(lineAt(close + 1 + second), "quiz.unsupported", "embedded answers");
                throw new Skip();
            }
            int stray = GiftText.indexOfUnescaped(after, "}", 0);
            if (stray >= 0) {
                problem(lineAt(close + 1 + stray), "quiz.unexpectedBrace");
                throw new Skip();
            }

            String rawText = body.substring(pos, open).strip();
            Matcher format = FORMAT.matcher(rawText);
            if (format.find()) {
                rawText = rawText.substring(format.end());
            }
            String text = GiftText.unescape(rawText).strip();
            String textAfter = GiftText.unescape(after).strip();
            Block block = block(body.substring(open + 1, close), open + 1, first);
            if (block.type() == QuestionType.FILL && textAfter.isEmpty()) {
                // Moodle writes a blank inside the sentence as "_____" in the text, with the answers at the end
                Matcher blank = MOODLE_BLANK.matcher(text);
                if (blank.find()) {
                    textAfter = text.substring(blank.end()).strip();
                    text = text.substring(0, blank.start()).strip();
                }
            }

            // Reported but not skipped: an import refuses the bank for the problem anyway.
            checkMarkdown(text, pos, open);
            checkMarkdown(textAfter, close + 1, body.length());
            if (block.generalFeedbackAt() >= 0) {
                checkMarkdown(block.generalFeedback(), block.generalFeedbackAt(), close);
            }
            if (comments.id != null) {
                if (ours == null) {
                    // Moodle's id number is what its users keep stable; the name there is only a label
                    name = comments.id;
                } else if (!comments.id.equals(name)) {
                    problem(comments.moodleLine, "quiz.moodleMismatch", "[id:" + comments.id + "]", "::" + name + "::");
                    throw new Skip();
                }
            }
            Metadata metadata = ours == null ? moodle : ours;
            if (ours != null && moodle != null) {
                agree(ours, moodle, comments.moodleLine);
            }
            QuestionType type = block.type();
            QuestionType declared = metadata == null ? null : metadata.type();
            if (declared != null) {
                boolean fits = block.type() == QuestionType.ORDERING
                        ? declared == QuestionType.ORDERING
                        : declared.syntacticType() == block.type();
                if (!fits) {
                    problem(
                            first,
                            "quiz.typeMismatch",
                            declared.giftName(),
                            block.type().giftName());
                    throw new Skip();
                }
                if (declared == QuestionType.ORDERING) {
                    for (int i = 0; i < block.pairs().size(); i++) {
                        if (!block.pairs().get(i).left().equals(Integer.toString(i + 1))) {
                            problem(
                                    first,
                                    "quiz.typeMismatch",
                                    declared.giftName(),
                                    block.pairs().get(i).left());
                            throw new Skip();
                        }
                    }
                }
                type = declared;
            }
            // Attempts and statistics tell questions apart by name: one unnamed question (as Moodle allows) is fine,
            // a second one would be the same question to them.
            if (!names.add(name)) {
                problem(first, name.isEmpty() ? "quiz.secondUnnamed" : "quiz.duplicateName", name);
                throw new Skip();
            }
            return new Question(
                    category,
                    name,
                    type,
                    text,
                    textAfter,
                    block.choices(),
                    block.pairs(),
                    block.generalFeedback(),
                    metadata == null ? Set.of() : metadata.tags(),
                    metadata == null ? null : metadata.section(),
                    first);
        }

        /**
         * A text that cannot be shown, at the file line of the text's line; a {@code \n} escape adds text lines the
         * file lacks, so the line is kept inside the part.
         */
        private void checkMarkdown(String markdown, int from, int to) {
            if (markdown.isBlank()) {
                return;
            }
            markdownCheck.problemIn(markdown).ifPresent(v -> {
                int start = from;
                while (start < to && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
                int firstLine = lineAt(Math.min(start, Math.max(from, to - 1)));
                int lastLine = lineAt(Math.max(from, to - 1));
                problems.add(
                        new ImportProblem(file, Math.min(lastLine, firstLine + v.line() - 1), v.key(), v.arguments()));
            });
        }

        /**
         * What Moodle's tags say: ours by enum name in any case (Moodle may hand back a tag as another question on
         * the site first spelled it), {@code type:…}, and the section as {@code module:…} plus {@code section:…} (a
         * Moodle tag holds at most 50 characters, too few for some {@code module#section}) or as one
         * {@code section:module#section}. Any other tag is the Moodle site's own and is not ours to keep.
         */
        private Metadata moodleMetadata(Comments c) throws Skip {
            Set<Tag> tags = new LinkedHashSet<>();
            String module = null;
            String section = null;
            QuestionType type = null;
            for (String raw : c.moodleTags) {
                int colon = raw.indexOf(':');
                String prefix = colon < 0 ? "" : raw.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? raw : raw.substring(colon + 1).strip();
                switch (prefix) {
                    case "type" -> {
                        Optional<QuestionType> named = QuestionType.fromGiftName(value.toLowerCase(Locale.ROOT));
                        if (named.isEmpty()) {
                            problem(c.moodleLine, "quiz.unknownType", value);
                            throw new Skip();
                        }
                        type = named.get();
                    }
                    case "module" -> module = value;
                    case "section" -> section = value;
                    default -> Tag.parse(raw.toUpperCase(Locale.ROOT)).ifPresent(tags::add);
                }
            }
            if (section != null && section.indexOf('#') < 0 && module != null) {
                section = module + "#" + section;
            }
            if (section != null && !SECTION.matcher(section).matches()) {
                problem(c.moodleLine, "quiz.badMetadata", section);
                throw new Skip();
            }
            return new Metadata(type, tags, section);
        }

        /**
         * A question carrying both lines must say the same in both, else one was edited and not the other; only
         * what the Moodle line states is compared, so a hand-written {@code // [id:…]} alone is fine.
         */
        private void agree(Metadata ours, Metadata moodle, int line) throws Skip {
            if (!moodle.tags().isEmpty() && !moodle.tags().equals(ours.tags())) {
                problem(line, "quiz.moodleMismatch", names(moodle.tags()), "@tags: " + names(ours.tags()));
                throw new Skip();
            }
            if (moodle.section() != null && !moodle.section().equals(ours.section())) {
                problem(line, "quiz.moodleMismatch", moodle.section(), "@section: " + ours.section());
                throw new Skip();
            }
            if (moodle.type() != null && moodle.type() != ours.type()) {
                problem(
                        line,
                        "quiz.moodleMismatch",
                        moodle.type().giftName(),
                        "@type: " + ours.type().giftName());
                throw new Skip();
            }
        }

        private static String names(Set<Tag> tags) {
            return tags.stream().map(Tag::name).collect(Collectors.joining(", "));
        }

        private Metadata metadata(String meta, int line) throws Skip {
            Matcher m = METADATA.matcher(meta);
            if (!m.matches()) {
                problem(line, "quiz.badMetadata", meta);
                throw new Skip();
            }
            boolean bad = false;
            Set<Tag> tags = new LinkedHashSet<>();
            for (String part : m.group(1).split(",")) {
                String tagName = part.strip();
                if (tagName.isEmpty()) {
                    continue;
                }
                Optional<Tag> tag = Tag.parse(tagName);
                if (tag.isEmpty()) {
                    problem(line, "quiz.unknownTag", tagName);
                    bad = true;
                } else {
                    tags.add(tag.get());
                }
            }
            String section = m.group(2).strip();
            if (section.isEmpty()) {
                section = null;
            } else if (!SECTION.matcher(section).matches()) {
                problem(line, "quiz.badMetadata", section);
                bad = true;
            }
            String typeName = m.group(3).strip();
            Optional<QuestionType> type = QuestionType.fromGiftName(typeName);
            if (type.isEmpty()) {
                problem(line, "quiz.unknownType", typeName);
                bad = true;
            }
            if (bad) {
                throw new Skip();
            }
            return new Metadata(type.get(), tags, section);
        }

        private Block block(String block, int offset, int first) throws Skip {
            int gfAt = GiftText.indexOfUnescaped(block, "####", 0);
            String generalFeedback =
                    gfAt < 0 ? "" : GiftText.unescape(block.substring(gfAt + 4)).strip();
            String answers = gfAt < 0 ? block : block.substring(0, gfAt);
            String trimmed = answers.strip();
            if (trimmed.isEmpty()) {
                problem(lineAt(offset), "quiz.unsupported", "essay");
                throw new Skip();
            }
            if (trimmed.startsWith("#")) {
                problem(lineAt(offset), "quiz.unsupported", "numeric");
                throw new Skip();
            }
            if (trimmed.startsWith(">")) {
                return orderingBlock(trimmed, offset, generalFeedback, generalFeedbackAt(gfAt, offset));
            }
            List<String> tfParts = splitUnescaped(answers, '#');
            if (TRUE_FALSE.matcher(tfParts.get(0).strip()).matches()) {
                if (tfParts.size() > 3) {
                    problem(lineAt(offset), "quiz.badAnswer", trimmed);
                    throw new Skip();
                }
                boolean answer = Character.toUpperCase(tfParts.get(0).strip().charAt(0)) == 'T';
                String wrong =
                        tfParts.size() > 1 ? GiftText.unescape(tfParts.get(1)).strip() : "";
                String right =
                        tfParts.size() > 2 ? GiftText.unescape(tfParts.get(2)).strip() : "";
                Question probe = Question.trueFalse("", "", "", answer, wrong, right, "", Set.of(), null, 0);
                return new Block(
                        QuestionType.TRUE_FALSE,
                        probe.choices(),
                        List.of(),
                        generalFeedback,
                        generalFeedbackAt(gfAt, offset));
            }

            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < answers.length(); i++) {
                char c = answers.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '=' || c == '~') {
                    starts.add(i);
                }
            }
            if (starts.isEmpty()) {
                problem(lineAt(offset), "quiz.noAnswer");
                throw new Skip();
            }
            if (!answers.substring(0, starts.get(0)).isBlank()) {
                problem(
                        lineAt(offset),
                        "quiz.badAnswer",
                        answers.substring(0, starts.get(0)).strip());
                throw new Skip();
            }
            List<Choice> choices = new ArrayList<>();
            List<MatchPair> pairs = new ArrayList<>();
            boolean tilde = false;
            int equals = 0;
            for (int k = 0; k < starts.size(); k++) {
                int start = starts.get(k);
                int end = k + 1 < starts.size() ? starts.get(k + 1) : answers.length();
                int line = lineAt(offset + start);
                char marker = answers.charAt(start);
                String rest = answers.substring(start + 1, end);
                BigDecimal fraction = marker == '=' ? Choice.FULL : BigDecimal.ZERO;
                if (rest.startsWith("%")) {
                    int close = rest.indexOf('%', 1);
                    if (close < 0) {
                        problem(line, "quiz.badFraction", rest.strip());
                        throw new Skip();
                    }
                    String number = rest.substring(1, close).strip();
                    try {
                        fraction = new BigDecimal(number);
                    } catch (NumberFormatException e) {
                        problem(line, "quiz.badFraction", number);
                        throw new Skip();
                    }
                    if (fraction.abs().compareTo(Choice.FULL) > 0) {
                        problem(line, "quiz.badFraction", number);
                        throw new Skip();
                    }
                    rest = rest.substring(close + 1);
                }
                List<String> parts = splitUnescaped(rest, '#');
                String answerText = parts.get(0);
                String feedback = parts.size() > 1
                        ? GiftText.unescape(String.join("#", parts.subList(1, parts.size())))
                                .strip()
                        : "";
                int arrow = answerText.indexOf("->");
                if (marker == '=' && arrow >= 0) {
                    pairs.add(new MatchPair(
                            GiftText.unescape(answerText.substring(0, arrow)).strip(),
                            GiftText.unescape(answerText.substring(arrow + 2)).strip()));
                } else {
                    choices.add(new Choice(GiftText.unescape(answerText).strip(), fraction, feedback));
                }
                if (marker == '~') {
                    tilde = true;
                } else {
                    equals++;
                }
            }
            if (!pairs.isEmpty()) {
                if (!choices.isEmpty()) {
                    problem(first, "quiz.badAnswer", "matching mixed with choices");
                    throw new Skip();
                }
                return new Block(
                        QuestionType.MATCHING, List.of(), pairs, generalFeedback, generalFeedbackAt(gfAt, offset));
            }
            if (!tilde) {
                return new Block(
                        QuestionType.FILL, choices, List.of(), generalFeedback, generalFeedbackAt(gfAt, offset));
            }
            if (equals > 0) {
                return new Block(
                        QuestionType.SINGLE, choices, List.of(), generalFeedback, generalFeedbackAt(gfAt, offset));
            }
            BigDecimal sum = choices.stream()
                    .map(Choice::fraction)
                    .filter(f -> f.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.signum() == 0) {
                problem(first, "quiz.noAnswer");
                throw new Skip();
            }
            if (sum.subtract(Choice.FULL).abs().compareTo(TOLERANCE) > 0) {
                problem(first, "quiz.fractionsDontSum", sum.toPlainString());
                throw new Skip();
            }
            return new Block(
                    QuestionType.MULTIPLE, choices, List.of(), generalFeedback, generalFeedbackAt(gfAt, offset));
        }

        /**
         * Moodle's native ordering block (qtype_ordering, core since Moodle 4.3): {@code >} with the options
         * (how many items, which, layout, grading, details, numbering), then the items in the right order, one a
         * line. Every item is shown and graded by position here, whatever the options ask.
         */
        private Block orderingBlock(String answers, int offset, String generalFeedback, int generalFeedbackAt)
                throws Skip {
            String[] lines = answers.substring(1).split("\n", -1);
            if (!ORDERING_OPTIONS.matcher(lines[0].strip()).matches()) {
                problem(lineAt(offset), "quiz.badAnswer", ">" + lines[0].strip());
                throw new Skip();
            }
            List<MatchPair> pairs = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String item = GiftText.unescape(lines[i]).strip();
                if (!item.isEmpty()) {
                    pairs.add(new MatchPair(Integer.toString(pairs.size() + 1), item));
                }
            }
            if (pairs.size() < 2) {
                problem(lineAt(offset), "quiz.noAnswer");
                throw new Skip();
            }
            return new Block(QuestionType.ORDERING, List.of(), pairs, generalFeedback, generalFeedbackAt);
        }

        private static int generalFeedbackAt(int gfAt, int offset) {
            return gfAt < 0 ? -1 : offset + gfAt + 4;
        }

        private static List<String> splitUnescaped(String s, char separator) {
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == separator) {
                    parts.add(s.substring(from, i));
                    from = i + 1;
                }
            }
            parts.add(s.substring(from));
            return parts;
        }
    }
}
