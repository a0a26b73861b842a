package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MarkdownLimits}: every construct that makes flexmark recurse, nested 20,000 deep, is refused at its line
 * without overflowing anything; every text the check lets through renders, even on a thread with a small stack.
 */
class MarkdownLimitsTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final int DEEP = 20_000;
    /** Two lines of ordinary text first, so that the construct stands on line 3. */
    private static final String BEFORE = "## 标题 {#t}\n\n";

    /** A construct written n deep from line 3 on, the deepest n the limits allow, and the problem beyond it. */
    private record Construct(String name, IntFunction<String> text, int limit, String key) {
        String at(int depth) {
            return BEFORE + text.apply(depth) + "\n";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Construct> constructs() {
        String block = "markdown.tooDeep";
        String inline = "markdown.inlineTooDeep";
        return List.of(
                new Construct("quotes", n -> ">".repeat(n) + " 深", 16, block),
                new Construct("spaced quotes", n -> "> ".repeat(n) + "深", 16, block),
                new Construct("bullet lists", n -> "- ".repeat(n) + "深", 16, block),
                new Construct("star lists", n -> "* ".repeat(n) + "深", 16, block),
                new Construct("plus lists", n -> "+ ".repeat(n) + "深", 16, block),
                new Construct("ordered lists", n -> "1. ".repeat(n) + "深", 16, block),
                new Construct("parenthesis lists", n -> "1) ".repeat(n) + "深", 16, block),
                new Construct("quoted lists", n -> "> - ".repeat(n) + "深", 8, block),
                new Construct("definitions", n -> ": ".repeat(n) + "深", 16, block),
                new Construct("emphasis", n -> "*".repeat(n) + "深" + "*".repeat(n), 32, inline),
                new Construct("underscores", n -> "_".repeat(n) + "深" + "_".repeat(n), 32, inline),
                new Construct("strong in words", n -> "**强 ".repeat(n) + "深" + " 调**".repeat(n), 16, inline),
                new Construct("images", n -> "![".repeat(n) + "深" + "](u.png)".repeat(n), 32, inline),
                new Construct("link of images", n -> "[" + "![".repeat(n - 1) + "深" + "](u)".repeat(n), 32, inline),
                new Construct("attribute blocks", n -> "深" + "{.a}".repeat(n), 32, inline),
                new Construct(
                        "html blocks", n -> "<div>".repeat(n) + "深" + "</div>".repeat(n), 32, "markdown.htmlTooDeep"),
                new Construct(
                        "inline html",
                        n -> "深 " + "<span>".repeat(n) + "深" + "</span>".repeat(n),
                        32,
                        "markdown.htmlTooDeep"));
    }

    /** Constructs nested by indentation, one line per level: n levels take about n squared characters. */
    static List<Construct> indented() {
        return List.of(
                new Construct("indented lists", n -> lines(n, i -> "  ".repeat(i) + "- 深"), 16, "markdown.tooDeep"),
                new Construct(
                        "indented admonitions",
                        n -> lines(n, i -> "    ".repeat(i) + "!!! note \"注意\"") + "    ".repeat(n) + "深",
                        8,
                        "markdown.tooDeep"),
                new Construct(
                        "indented footnotes",
                        n -> "深[^f0]\n\n"
                                + lines(n, i -> "    ".repeat(i) + "[^f" + i + "]: 注" + "[^f" + (i + 1) + "]"),
                        8,
                        "markdown.tooDeep"));
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(line.apply(i)).append('\n');
        }
        return out.toString();
    }

    static Stream<Construct> all() {
        return Stream.concat(constructs().stream(), indented().stream());
    }

    @ParameterizedTest
    @MethodSource("constructs")
    void nestedTwentyThousandDeepIsRefusedAtItsLineAndNeverRendered(Construct construct) {
        String text = construct.at(DEEP);

        Optional<MarkdownLimits.Violation> violation = MarkdownLimits.check(text);

        assertThat(violation).hasValueSatisfying(v -> {
            assertThat(v.key()).isEqualTo(construct.key());
            assertThat(v.line()).isEqualTo(3);
        });
        assertThatThrownBy(() -> RENDERER.render(text)).isInstanceOf(MarkdownLimitException.class);
        assertThatThrownBy(() -> TextExtractor.plainText(text)).isInstanceOf(MarkdownLimitException.class);
    }

    @ParameterizedTest
    @MethodSource("all")
    void theDeepestTextAllowedRendersOnASmallStackAndOneLevelMoreIsRefused(Construct construct) {
        String allowed = construct.at(construct.limit());
        assertThat(MarkdownLimits.check(allowed)).as(allowed).isEmpty();
        assertThat(onSmallStack(() -> RENDERER.render(allowed) + TextExtractor.plainText(allowed)))
                .contains("深");

        assertThat(MarkdownLimits.check(construct.at(construct.limit() + 1)))
                .hasValueSatisfying(v -> assertThat(v.key()).isEqualTo(construct.key()));
    }

    @ParameterizedTest
    @MethodSource("indented")
    void nestedTwoHundredDeepByIndentationIsRefusedAtTheFirstLineTooDeep(Construct construct) {
        Optional<MarkdownLimits.Violation> violation = MarkdownLimits.check(construct.at(200));

        assertThat(violation).hasValueSatisfying(v -> assertThat(v.key()).isEqualTo(construct.key()));
        assertThat(violation.get().line()).isBetween(3, 3 + 2 * construct.limit() + 2);
    }

    @Test
    void theParsedTreeCatchesNestingTheSourceScanUnderestimates() {
        // CommonMark's delimiter rules (the "multiple of 3" rule) pair these runs differently from the scan's
        // estimate; found by searching random openers and closers
        String text = "(u)___".repeat(40) + "x" + "__".repeat(40);

        assertThat(MarkdownLimits.scan(text)).isEmpty();
        assertThat(MarkdownLimits.check(text)).hasValueSatisfying(v -> {
            assertThat(v.key()).isEqualTo("markdown.inlineTooDeep");
            assertThat(v.line()).isEqualTo(1);
        });
    }

    @Test
    void aTextFlexmarkFailsOnIsRefusedLikeOneTooDeep() {
        // found by the random test below: flexmark's attribute post-processor throws on it
        String text = "[[^1] {a}]()\n[^1]:";

        assertThat(MarkdownLimits.check(text))
                .hasValue(new MarkdownLimits.Violation(1, "markdown.unreadable", List.of()));
        assertThatThrownBy(() -> RENDERER.render(text)).isInstanceOf(MarkdownLimitException.class);
    }

    @Test
    void codeSpansHideNoBracketsFromTheCount() {
        String text = "[`]`".repeat(DEEP) + "深" + "](u)".repeat(DEEP);

        // the "]" inside each code span closes nothing: the brackets nest, and are refused where they pass the limit
        assertThat(MarkdownLimits.check(text))
                .hasValue(new MarkdownLimits.Violation(
                        1, "markdown.inlineTooDeep", List.of(MarkdownLimits.MAX_INLINE_DEPTH)));
    }

    @Test
    void aTextOrAParagraphTooLongIsRefusedAtItsStart() {
        assertThat(MarkdownLimits.check("深".repeat(MarkdownLimits.MAX_CHARS + 1)))
                .hasValue(new MarkdownLimits.Violation(1, "markdown.tooLong", List.of(MarkdownLimits.MAX_CHARS)));
        String paragraphs = "第一段。\n\n" + "第二段第一行。\n" + "长".repeat(MarkdownLimits.MAX_BLOCK_CHARS) + "\n";
        assertThat(MarkdownLimits.check(paragraphs))
                .hasValue(new MarkdownLimits.Violation(
                        3, "markdown.blockTooLong", List.of(MarkdownLimits.MAX_BLOCK_CHARS)));
        String many = "短段。\n\n".repeat(20_000);
        assertThat(MarkdownLimits.check(many)).isEmpty();
    }

    @Test
    void tooManyMarksInOneParagraphAreRefusedWhereTheyPassTheLimit() {
        String text = "正文。\n" + "[a] ".repeat(MarkdownLimits.MAX_MARKS) + "\n" + "[b]\n";

        assertThat(MarkdownLimits.check(text))
                .hasValue(new MarkdownLimits.Violation(
                        3, "markdown.tooManyMarks", List.of("[", MarkdownLimits.MAX_MARKS)));
        assertThat(MarkdownLimits.check("[a] ".repeat(MarkdownLimits.MAX_MARKS) + "\n\n[b]\n"))
                .isEmpty();
    }

    @Test
    void ordinaryWritingIsNeverMistakenForNesting() {
        String text = BEFORE
                + "接待**热心**群众，说话**耐心**，办事**细心**。".repeat(20) + "\n\n"
                + "* * * * * * * * * * * * * * * * * * * * * * * *\n\n"
                + "- 一\n  - 二\n    - 三\n      - 四\n\n"
                + "> 引用\n> > 嵌套引用\n\n"
                + "| 忌 | 心 |\n|---|---|\n| **冷淡** | [热心](#t) |\n\n"
                + "file_name_here 与 snake_case_word，a < b 且 c > d，<br> 换行 <hr/>\n\n"
                + "`a*b*c` 与 `[x](y)` 都是代码。\n\n"
                + "!!! warning \"注意\"\n    提示框里的**内容**。\n";

        assertThat(MarkdownLimits.check(text)).isEmpty();
        assertThat(RENDERER.render(text)).contains("<strong>热心</strong>", "<blockquote>", "注意");
    }

    /**
     * Random texts of the characters Markdown nests with: the check never throws, and whatever it lets through
     * renders on a small stack. Seeded, so a failure reproduces.
     */
    @Test
    void randomMarkdownEitherPassesTheCheckAndRendersOrIsRefused() {
        String[] tokens = {
            ">",
            "> ",
            "- ",
            "* ",
            "1. ",
            ": ",
            "    ",
            "  ",
            "\n",
            "\n\n",
            "*",
            "**",
            "_",
            "__",
            "[",
            "]",
            "](u)",
            "![",
            "`",
            "``",
            "{.a}",
            "{",
            "}",
            "<div>",
            "</div>",
            "<span>",
            "!!! note\n",
            "[^1]",
            "[^1]: ",
            "深",
            "文字",
            "|",
            "---",
            "\\",
            "#"
        };
        Random random = new Random(20261204);
        List<String> refusedKeys = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            boolean longer = round >= 270;
            int length = 1 + random.nextInt(longer ? 2000 : 200);
            for (int i = 0; i < length; i++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            // repeating a short text builds nesting and long paragraphs a uniform draw rarely reaches
            String markdown = longer || random.nextBoolean()
                    ? text.toString()
                    : text.toString().repeat(1 + random.nextInt(30));
            Optional<MarkdownLimits.Violation> violation = MarkdownLimits.check(markdown);
            if (violation.isPresent()) {
                refusedKeys.add(violation.get().key());
            } else {
                onSmallStack(() -> RENDERER.render(markdown) + TextExtractor.plainText(markdown));
            }
        }
        // both outcomes happened, so the property was tested on both sides
        assertThat(refusedKeys).isNotEmpty().hasSizeLessThan(300);
    }

    /**
     * Runs on a thread with a 256 KB stack (a request thread has 1 MB, part of it taken by the server), rethrowing
     * anything, StackOverflowError included.
     */
    private static String onSmallStack(Supplier<String> work) {
        AtomicReference<String> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.get());
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "small-stack",
                256 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (failure.get() != null) {
            throw new AssertionError("rendering failed", failure.get());
        }
        return result.get();
    }
}
