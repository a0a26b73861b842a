package academy.xinfang.content.domain;

import academy.xinfang.platform.importing.ImportProblem;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How large and how deeply nested a Markdown text may be (content/README.md, quizzes/README.md). flexmark parses and
 * renders nested structure recursively: a text nesting 20,000 quotes overflowed the stack, and since each text is
 * rendered where it is shown, one such question took every quiz page down. A text within these limits renders on any
 * request thread; a text beyond them is refused with the line to fix before anything is stored.
 *
 * <p>The check runs in two passes. A linear scan of the source bounds what the parser itself would recurse on (the
 * quote, list, definition, admonition and footnote markers and indentation that open nested blocks at each line start;
 * per paragraph the emphasis, bracket and attribute marks that nest inline; raw HTML tags), so that parsing is safe.
 * Then the parsed tree, walked without recursion, is measured exactly: the scan's estimate of inline nesting can be
 * fooled by CommonMark's delimiter rules, the tree cannot. Limits are generous: real modules nest at most 3 deep.
 */
public final class MarkdownLimits {

    /** Characters in one text: a module file, or one question's text. A 200,000-character speech still fits. */
    public static final int MAX_CHARS = 300_000;

    /**
     * Characters in one paragraph (lines without a blank line between them). flexmark's inline parser slows down
     * faster than linearly with the links, tags and entities of a paragraph; real paragraphs stay under 1,000.
     */
    public static final int MAX_BLOCK_CHARS = 10_000;

    /** Quotes, list items, definitions, admonitions and footnotes inside each other. */
    public static final int MAX_BLOCK_DEPTH = 16;

    /** Emphasis, links, images and attribute blocks inside each other. */
    public static final int MAX_INLINE_DEPTH = 32;

    /** Raw HTML elements inside each other (the sanitiser would cut deeper nesting anyway, at 256). */
    public static final int MAX_HTML_DEPTH = 32;

    /**
     * Marks of one kind ({@code * _ [ { < & `}) in one paragraph. However the delimiter rules pair them, a paragraph
     * within this bound cannot nest deep enough to overflow the parser before the tree is measured; and flexmark
     * reads the rest of the paragraph again at each such mark, so this and {@link #MAX_BLOCK_CHARS} keep the worst
     * 300,000-character text near a second to check and one to render (without them, 25 s).
     */
    public static final int MAX_MARKS = 250;

    /** A limit the text exceeds: the 1-based line in the text, a bundle key and the arguments of its message. */
    public record Violation(int line, String key, List<Object> arguments) {
        public Violation {
            arguments = List.copyOf(arguments);
        }

        /** The problem in {@code file}, whose line 1 is {@code lineOffset} lines before the checked text's. */
        public ImportProblem at(String file, int lineOffset) {
            return new ImportProblem(file, lineOffset + line, key, arguments);
        }
    }

    /** Elements that never contain others, or whose end tag may be left out: they never deepen the page. */
    private static final Set<String> FLAT_ELEMENTS = Set.of(
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "link",
            "meta",
            "source",
            "track",
            "wbr",
            "p",
            "li",
            "dt",
            "dd",
            "tr",
            "td",
            "th",
            "thead",
            "tbody",
            "tfoot",
            "option",
            "optgroup",
            "colgroup",
            "caption",
            "rt",
            "rp");

    /** The marks that start inline structure: each costs flexmark a pass over the rest of its paragraph. */
    private static final String COUNTED_MARKS = "*_[{<&`";

    private MarkdownLimits() {}

    /**
     * The first limit {@code markdown} exceeds, by line, or {@code markdown.unreadable} when flexmark cannot parse it;
     * empty when it renders safely. {@code null} is fine.
     */
    public static Optional<Violation> check(String markdown) {
        try {
            parse(markdown);
            return Optional.empty();
        } catch (MarkdownLimitException e) {
            return Optional.of(e.violation());
        }
    }

    /** The first limit the source of {@code markdown} exceeds, found in one linear pass without parsing it. */
    static Optional<Violation> scan(String markdown) {
        return new Scan(markdown == null ? "" : markdown).run();
    }

    /** The parsed document of a text within the limits. */
    static Document parse(String markdown) {
        String text = markdown == null ? "" : markdown;
        Optional<Violation> scanned = scan(text);
        if (scanned.isPresent()) {
            throw new MarkdownLimitException(scanned.get());
        }
        Document document;
        try {
            document = MarkdownSyntax.PARSER.parse(text);
        } catch (RuntimeException e) {
            // flexmark has inputs it fails on, e.g. "[[^1] {a}]()" followed by a footnote: such a text can never be
            // shown, so it is refused like one too deep (where is unknown: its first line is named)
            throw new MarkdownLimitException(violation(1, "markdown.unreadable"));
        }
        Optional<Violation> measured = measure(document);
        if (measured.isPresent()) {
            throw new MarkdownLimitException(measured.get());
        }
        return document;
    }

    // ---- the parsed tree --------------------------------------------------------------------------------------

    /** Walks the tree with a stack of its own, counting container blocks and inline nodes above each node. */
    private static Optional<Violation> measure(Document document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<int[]> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(new int[] {0, 0});
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int[] depth = depths.pop();
            if (depth[0] > MAX_BLOCK_DEPTH) {
                return Optional.of(violation(node.getStartLineNumber() + 1, "markdown.tooDeep", MAX_BLOCK_DEPTH));
            }
            if (depth[1] > MAX_INLINE_DEPTH) {
                return Optional.of(
                        violation(node.getStartLineNumber() + 1, "markdown.inlineTooDeep", MAX_INLINE_DEPTH));
            }
            int[] below = {depth[0] + (nestsBlocks(node) ? 1 : 0), depth[1] + (node instanceof Block ? 0 : 1)};
            // pushed last child first, so nodes come off in document order and the first problem is the topmost
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(below);
            }
        }
        return Optional.empty();
    }

    /**
     * A block holding blocks that an author can nest at will (a quote, a list item, an admonition ...); the list
     * and table frames around items and rows add no level an author sees.
     */
    private static boolean nestsBlocks(Node node) {
        return node instanceof Block
                && !(node instanceof Document)
                && node.getFirstChild() instanceof Block
                && !(node instanceof ListBlock)
                && !(node instanceof DefinitionList)
                && !(node instanceof TableBlock)
                && !(node instanceof TableHead)
                && !(node instanceof TableBody);
    }

    private static Violation violation(int line, String key, Object... arguments) {
        return new Violation(line, key, Arrays.asList(arguments));
    }

    // ---- the source scan --------------------------------------------------------------------------------------

    /** One pass over the source, line by line; paragraph counters reset at each blank line. */
    private static final class Scan {
        private final String text;
        private int line;
        private int blockLine;
        private int blockChars;
        private final Map<Character, Integer> marks = new HashMap<>();
        private int openStars;
        private int openUnderscores;
        private int openBrackets;
        private int attributeRun;
        private int htmlDepth;
        /** Where the '>' after the latest tag name on this line is (the line's end when there is none). */
        private int nextGreaterThan;

        Scan(String text) {
            this.text = text;
        }

        Optional<Violation> run() {
            if (text.length() > MAX_CHARS) {
                return Optional.of(violation(1, "markdown.tooLong", MAX_CHARS));
            }
            int start = 0;
            line = 0;
            while (start <= text.length()) {
                int end = start;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                line++;
                Optional<Violation> problem = line(start, end);
                if (problem.isPresent()) {
                    return problem;
                }
                if (end >= text.length()) {
                    break;
                }
                start = end
                        + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? 2 : 1);
            }
            return Optional.empty();
        }

        private Optional<Violation> line(int start, int end) {
            if (isBlank(start, end)) {
                blockChars = 0;
                marks.clear();
                openStars = 0;
                openUnderscores = 0;
                openBrackets = 0;
                attributeRun = 0;
                return Optional.empty();
            }
            if (blockChars == 0) {
                blockLine = line;
            }
            int[] containers = containers(start, end);
            if (containers[0] > MAX_BLOCK_DEPTH) {
                return Optional.of(violation(line, "markdown.tooDeep", MAX_BLOCK_DEPTH));
            }
            // nesting first: of two problems on a line, it says more about what to change
            Optional<Violation> inline = inline(containers[1], end);
            if (inline.isPresent()) {
                return inline;
            }
            blockChars += end - start + 1;
            if (blockChars > MAX_BLOCK_CHARS) {
                return Optional.of(violation(blockLine, "markdown.blockTooLong", MAX_BLOCK_CHARS));
            }
            return Optional.empty();
        }

        private boolean isBlank(int start, int end) {
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return true;
        }

        /**
         * The blocks a line opens or stays inside, and where its inline content starts. Every marker counts one
         * level; indentation counts one level per two columns, the least a list item indents its content (so this
         * is never less than what the parser builds, and an indented code block counts a little deep).
         */
        private int[] containers(int start, int end) {
            int depth = 0;
            int columns = 0;
            int i = start;
            // once the rest of the line holds something else, it holds it from every later marker too
            boolean mayBeRule = true;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ') {
                    columns++;
                    i++;
                } else if (c == '\t') {
                    columns += 4;
                    i++;
                } else if (c == '>') {
                    depth++;
                    i = afterOneBlank(i + 1, end);
                } else if ((c == '-' || c == '*' || c == '+' || c == ':' || c == '~') && blankOrEnd(i + 1, end)) {
                    if (c != ':' && c != '~' && mayBeRule) {
                        if (isThematicBreak(c, i, end)) {
                            break;
                        }
                        mayBeRule = false;
                    }
                    depth++;
                    i = afterOneBlank(i + 1, end);
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                        j++;
                    }
                    if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && blankOrEnd(j + 1, end)) {
                        depth++;
                        i = afterOneBlank(j + 1, end);
                    } else {
                        break;
                    }
                } else if (text.startsWith("!!!", i) || text.startsWith("???", i)) {
                    depth++; // an admonition: the rest of the line is its title, its body is indented below
                    break;
                } else if (text.startsWith("[^", i) && footnoteColon(i, end) > 0) {
                    depth++;
                    i = afterOneBlank(footnoteColon(i, end) + 1, end);
                } else {
                    break;
                }
            }
            return new int[] {depth + columns / 2, i};
        }

        private boolean blankOrEnd(int i, int end) {
            return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
        }

        private int afterOneBlank(int i, int end) {
            return i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t') ? i + 1 : i;
        }

        /** {@code - - -} or {@code * * *}: a rule, not lists. */
        private boolean isThematicBreak(char marker, int from, int end) {
            int count = 0;
            for (int i = from; i < end; i++) {
                char c = text.charAt(i);
                if (c == marker) {
                    count++;
                } else if (c != ' ' && c != '\t') {
                    return false;
                }
            }
            return count >= 3;
        }

        /** The index of the colon of a footnote definition {@code [^label]:} at {@code from}, or -1. */
        private int footnoteColon(int from, int end) {
            for (int i = from + 2; i + 1 < end; i++) {
                char c = text.charAt(i);
                if (c == ']') {
                    return text.charAt(i + 1) == ':' ? i + 1 : -1;
                }
                if (c == '[' || c == ' ') {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Inline marks of one line, continuing the paragraph's counts. Nesting is estimated outside code spans; the
         * marks are counted everywhere, escaped or in code, a conservative count nobody can hide from.
         */
        private Optional<Violation> inline(int start, int end) {
            int[] codeEnds = codeSpans(start, end);
            nextGreaterThan = -1;
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                int next = i + 1;
                if (codeEnds[i - start] > 0) {
                    next = codeEnds[i - start];
                } else if (c == '\\') {
                    next = Math.min(end, i + 2);
                } else if (c == '*' || c == '_') {
                    while (next < end && text.charAt(next) == c) {
                        next++;
                    }
                    emphasis(c, i, next, start, end);
                } else if (c == '[') {
                    openBrackets++;
                } else if (c == ']') {
                    openBrackets = Math.max(0, openBrackets - 1);
                } else if (c == '{') {
                    // {.a}{.b}{.c}: flexmark finds the owner of each attribute block through the ones before it
                    attributeRun = i > start && text.charAt(i - 1) == '}' ? attributeRun + 1 : 1;
                    if (attributeRun > MAX_INLINE_DEPTH) {
                        return Optional.of(violation(line, "markdown.inlineTooDeep", MAX_INLINE_DEPTH));
                    }
                } else if (c == '<' && opensNestingTag(i, end) && ++htmlDepth > MAX_HTML_DEPTH) {
                    return Optional.of(violation(line, "markdown.htmlTooDeep", MAX_HTML_DEPTH));
                }
                if (openStars + openUnderscores + openBrackets > MAX_INLINE_DEPTH) {
                    return Optional.of(violation(line, "markdown.inlineTooDeep", MAX_INLINE_DEPTH));
                }
                for (int k = i; k < next; k++) {
                    char m = text.charAt(k);
                    if (COUNTED_MARKS.indexOf(m) >= 0 && marks.merge(m, 1, Integer::sum) > MAX_MARKS) {
                        return Optional.of(violation(line, "markdown.tooManyMarks", String.valueOf(m), MAX_MARKS));
                    }
                }
                i = next;
            }
            return Optional.empty();
        }

        /**
         * For each index of the line where a code span starts, the index after it (0 elsewhere). A run of n
         * backticks is closed by the next run of exactly n; runs are matched in one pass with a queue per length.
         */
        private int[] codeSpans(int start, int end) {
            int[] ends = new int[end - start];
            Map<Integer, Deque<int[]>> byLength = new HashMap<>();
            List<int[]> runs = new ArrayList<>();
            for (int i = start; i < end; ) {
                char c = text.charAt(i);
                if (c != '`') {
                    i++;
                    continue;
                }
                int run = i;
                while (run < end && text.charAt(run) == '`') {
                    run++;
                }
                int[] found = {i, run};
                runs.add(found);
                byLength.computeIfAbsent(run - i, k -> new ArrayDeque<>()).add(found);
                i = run;
            }
            int skipUntil = start;
            for (int[] run : runs) {
                Deque<int[]> same = byLength.get(run[1] - run[0]);
                same.poll(); // this run itself: queues hold runs in order and every run is taken off once
                if (run[0] < skipUntil) {
                    continue;
                }
                int[] closer = same.peek();
                if (closer != null) {
                    ends[run[0] - start] = closer[1];
                    skipUntil = closer[1];
                }
            }
            return ends;
        }

        /** Pairs a run of {@code *} or {@code _} as CommonMark's flanking rules allow: closing first, else opening. */
        private void emphasis(char c, int from, int to, int lineStart, int lineEnd) {
            int length = to - from;
            int before = from > lineStart ? text.codePointBefore(from) : ' ';
            int after = to < lineEnd ? text.codePointAt(to) : ' ';
            boolean left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
            boolean right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
            boolean canOpen = c == '*' ? left : left && (!right || isPunctuation(before));
            boolean canClose = c == '*' ? right : right && (!left || isPunctuation(after));
            int open = c == '*' ? openStars : openUnderscores;
            if (canClose && open > 0) {
                open = Math.max(0, open - length);
            } else if (canOpen) {
                open += length;
            }
            if (c == '*') {
                openStars = open;
            } else {
                openUnderscores = open;
            }
        }

        /**
         * Whether a raw HTML tag at {@code i} opens an element that can hold others; a closing tag at {@code i}
         * takes a level back off.
         */
        private boolean opensNestingTag(int i, int end) {
            boolean closing = i + 1 < end && text.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < end
                    && text.charAt(nameEnd) < 128
                    && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart
                    || !Character.isLetter(text.charAt(nameStart))
                    || nameEnd < end && " \t/>".indexOf(text.charAt(nameEnd)) < 0) {
                return false; // "a < b", <http://...>, <a@b.c>: text and autolinks, not tags
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (FLAT_ELEMENTS.contains(name)) {
                return false;
            }
            if (closing) {
                htmlDepth = Math.max(0, htmlDepth - 1);
                return false;
            }
            // the '>' ending this tag; found once per line position, so a line of unclosed tags stays linear
            if (nextGreaterThan < nameEnd) {
                nextGreaterThan = nameEnd;
                while (nextGreaterThan < end && text.charAt(nextGreaterThan) != '>') {
                    nextGreaterThan++;
                }
            }
            return !(nextGreaterThan < end && text.charAt(nextGreaterThan - 1) == '/');
        }

        private static boolean isSpace(int codePoint) {
            return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
        }

        /** CommonMark's punctuation: ASCII punctuation and Unicode punctuation (Chinese full stops included). */
        private static boolean isPunctuation(int codePoint) {
            if (codePoint < 128) {
                return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(codePoint) >= 0;
            }
            int type = Character.getType(codePoint);
            return type == Character.CONNECTOR_PUNCTUATION
                    || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION
                    || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION
                    || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION;
        }
    }
}
