package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:([0-9]+)|[xX]([0-9a-fA-F]+));?");
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("\\son[a-z]+\\s*=");
    private static final List<String> FORBIDDEN_ELEMENTS = List.of(
            "<script", "<iframe", "<svg", "<math", "<object", "<embed", "<style", "<form", "<input", "<base", "<meta",
            "<link");

    private static String render(String markdown) {
        return RENDERER.render(markdown);
    }

    /** Enough of HTML entity decoding to see through what a sanitiser or an attacker might encode. */
    static String decodeEntities(String html) {
        Matcher numeric = NUMERIC_ENTITY.matcher(html);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            int codePoint = numeric.group(1) != null
                    ? Integer.parseInt(numeric.group(1))
                    : Integer.parseInt(numeric.group(2), 16);
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(Character.toString(codePoint)));
        }
        numeric.appendTail(decoded);
        return decoded.toString()
                .replace("&colon;", ":")
                .replace("&Tab;", "\t")
                .replace("&NewLine;", "\n")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    // ---- one test per extension ------------------------------------------------------------------------------

    @Test
    void aTextNestedTwentyThousandQuotesDeepIsRefusedInsteadOfOverflowingTheStack() {
        assertThatThrownBy(() -> render(">".repeat(20_000) + " 深"))
                .isInstanceOfSatisfying(
                        MarkdownLimitException.class,
                        e -> assertThat(e.violation().key()).isEqualTo("markdown.tooDeep"));
    }

    @Test
    void pipeTableBecomesATableWithHeaderCellsAndAlignment() {
        String html = render("| 忌 | 心 |\n|:---|---:|\n| 接待冷淡 | 热心 |\n");

        assertThat(html)
                .contains("<table>", "<thead>", "<tbody>")
                .contains("<th align=\"left\">忌</th>")
                .contains("<td align=\"right\">热心</td>");
    }

    @Test
    void tocMarkerBecomesAListOfLinksToTheHeadingIds() {
        String html = render("[TOC]\n\n## 总览 {#overview}\n\n### 细节 {#details}\n\n## 六忌总览\n");

        assertThat(html)
                .contains("<ul class=\"toc\">")
                .contains("<a href=\"#overview\">总览</a>")
                .contains("<a href=\"#details\">细节</a>")
                .contains("<a href=\"#六忌总览\">六忌总览</a>")
                .contains("<h2 id=\"overview\">", "<h3 id=\"details\">", "<h2 id=\"六忌总览\">")
                .doesNotContain("[TOC]");
    }

    @Test
    void footnoteReferenceAndFootnoteLinkToEachOther() {
        String html = render("条例第二十条[^1]。\n\n[^1]: 代表人数不得超过5人。\n");

        assertThat(html)
                .contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>")
                .contains("<div class=\"footnotes\">")
                .contains("<li id=\"fn-1\">")
                .contains("代表人数不得超过5人。")
                .contains("href=\"#fnref-1\"");
    }

    @Test
    void definitionListBecomesDlDtDd() {
        String html = render("信访人\n: 采用条例规定的形式反映情况的公民。\n");

        assertThat(html).contains("<dl>", "<dt>信访人</dt>", "<dd>采用条例规定的形式反映情况的公民。</dd>", "</dl>");
    }

    @Test
    void admonitionBecomesABlockWithTypeClassAndTitleButNoIconSvg() {
        String html = render("!!! warning \"忌：接待冷淡\"\n    表现：低头看手机。\n");

        assertThat(html)
                .contains("<div class=\"adm-block adm-warning\">")
                .contains("<div class=\"adm-heading\">")
                .contains("<div class=\"adm-body\">");
        assertThat(decodeEntities(html)).contains("<span>忌：接待冷淡</span>").contains("表现：低头看手机。");
        assertThat(html).doesNotContain("<svg", "xlink");
    }

    @Test
    void explicitHeadingIdBecomesTheIdAttributeAndIsNotShownAsText() {
        String html = render("## 学习目标 {#my-id}\n");

        assertThat(html).isEqualTo("<h2 id=\"my-id\">学习目标</h2>");
    }

    @Test
    void chineseHeadingWithoutExplicitIdKeepsFlexmarksGeneratedId() {
        String html = render("## 六忌总览\n\n## 一忌：接待冷淡\n");

        // flexmark keeps letters of any script and drops punctuation such as the full-width colon.
        assertThat(html).contains("<h2 id=\"六忌总览\">六忌总览</h2>").contains("<h2 id=\"一忌接待冷淡\">");
    }

    // ---- safe markup survives -------------------------------------------------------------------------------

    @Test
    void emphasisAndCodeSurvive() {
        assertThat(render("**粗体**、*斜体*和`代码`")).isEqualTo("<p><strong>粗体</strong>、<em>斜体</em>和<code>代码</code></p>");
    }

    @Test
    void externalHttpsLinkSurvivesWithNofollowNoopener() {
        assertThat(render("[条例](https://www.gov.cn/zhengce/2022-04/07/content_5683854.htm)"))
                .contains("href=\"https://www.gov.cn/zhengce/2022-04/07/content_5683854.htm\"")
                .contains("rel=\"nofollow noopener\"")
                .contains(">条例</a>");
    }

    @Test
    void fragmentAndRelativeLinksSurviveWithoutRel() {
        String html = render("[见上文](#overview) 和 [六忌](/modules/six-taboos)");

        assertThat(html).contains("<a href=\"#overview\">见上文</a>").contains("<a href=\"/modules/six-taboos\">六忌</a>");
    }

    @Test
    void mailtoLinkSurvives() {
        assertThat(render("[写信](mailto:xinfang@example.gov.cn)"))
                .contains("href=\"mailto:xinfang&#64;example.gov.cn\"");
    }

    @Test
    void httpsImageSurvivesWithAltText() {
        assertThat(render("![接待室](https://example.com/room.png)"))
                .contains("<img src=\"https://example.com/room.png\" alt=\"接待室\" />");
    }

    @Test
    void orderedListKeepsItsStartNumber() {
        assertThat(render("3. 第三\n4. 第四\n")).contains("<ol start=\"3\">");
    }

    @Test
    void rawHtmlThatIsAllowedStaysButLosesForbiddenAttributes() {
        assertThat(render("<p onclick=\"alert(1)\">你好 <b>群众</b></p>")).isEqualTo("<p>你好 <b>群众</b></p>");
    }

    @Test
    void nullOrEmptyMarkdownRendersAsNothing() {
        assertThat(render(null)).isEmpty();
        assertThat(render("")).isEmpty();
        assertThat(RENDERER.renderSections(null)).isEqualTo(new MarkdownRenderer.SectionsAndText(Map.of(), ""));
        assertThat(RENDERER.renderSections("")).isEqualTo(new MarkdownRenderer.SectionsAndText(Map.of(), ""));
    }

    @Test
    void sectionsAndTextFromOneParseAreWhatRenderingAndExtractingGiveApart() {
        String body = "## 接待 {#reception}\n\n群众来了要**起身**让座。[^1]\n\n[^1]: 见第三条。\n\n"
                + "!!! note \"注意\"\n    先倒一杯水。\n\n```\n<b>代码</b>\n```\n";

        MarkdownRenderer.SectionsAndText both = RENDERER.renderSections(body);

        assertThat(both.sections()).containsOnlyKeys("reception");
        assertThat(both.sections().get("reception")).isEqualTo(render(body)).contains("<strong>起身</strong>");
        assertThat(both.plainText())
                .isEqualTo(TextExtractor.plainText(body))
                .contains("起身", "注意", "见第三条")
                .doesNotContain("代码");
        assertThatThrownBy(() -> RENDERER.renderSections(">".repeat(20_000) + " 深"))
                .isInstanceOfSatisfying(
                        MarkdownLimitException.class,
                        e -> assertThat(e.violation().key()).isEqualTo("markdown.tooDeep"));
    }

    @Test
    void sectionsAreCutAtTheTopLevelHeadingsWithAnIdThatTheParserListsAndNowhereElse() {
        String body = "引言。\n\n## 第一节 {#one}\n\n> ## 引文里的标题 {#quoted}\n\n"
                + "!!! note \"注意\"\n    ## 提示里的标题 {#noted}\n\n第二节 {#two}\n------\n\n正文。\n";

        Map<String, String> sections = RENDERER.renderSections(body).sections();

        assertThat(sections).containsOnlyKeys("intro", "one", "two");
        assertThat(sections.get("intro")).isEqualTo("<p>引言。</p>\n\n");
        assertThat(sections.get("one")).startsWith("<h2 id=\"one\">").contains("id=\"quoted\"", "id=\"noted\"");
        assertThat(sections.get("two")).startsWith("<h2 id=\"two\">第二节</h2>").endsWith("<p>正文。</p>");
        assertThat(String.join("", sections.values())).isEqualTo(render(body));
    }

    @Test
    void rawHtmlCannotForgeASectionCut() {
        String body = "## 第一节 {#one}\n\n<!--section-x-->\n\n<h2 id=\"forged\">假的</h2>\n\n正文。\n";

        assertThat(RENDERER.renderSections(body).sections()).containsOnlyKeys("one");
    }

    // ---- hostile input --------------------------------------------------------------------------------------

    static Stream<String> xssPayloads() throws IOException {
        List<String> payloads = TestFiles.resource("/content-fixtures/xss-payloads.txt")
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("# "))
                .map(line -> line.replace("\\n", "\n").replace("\\t", "\t"))
                .toList();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
        return payloads.stream();
    }

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void hostilePayloadRendersWithoutAnythingThatCanRunScript(String payload) {
        String html = render(payload);
        String lower = html.toLowerCase(Locale.ROOT);

        // Text is escaped by the sanitiser, so "<script" in the output could only be a real element.
        assertThat(FORBIDDEN_ELEMENTS).allSatisfy(element -> assertThat(lower).doesNotContain(element));
        // URLs and event handlers are only dangerous as attributes: "<javascript:alert(1)>" may legitimately
        // appear as inert text, so these look inside tags, decoded as a browser would decode them.
        String tags = TAG.matcher(html)
                .results()
                .map(m -> decodeEntities(m.group()))
                .map(tag -> tag.toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                .collect(Collectors.joining("\n"));
        assertThat(tags).doesNotContain("javascript:", "vbscript:", "data:", "expression(", "url(", "style=");
        assertThat(TAG.matcher(html).results().map(m -> decodeEntities(m.group())))
                .noneMatch(tag ->
                        EVENT_ATTRIBUTE.matcher(tag.toLowerCase(Locale.ROOT)).find());
    }

    @Test
    void javascriptAutolinkIsShownAsTextNotAsLink() {
        String html = render("<javascript:alert(1)>");

        assertThat(html).doesNotContain("<a").doesNotContain("href");
        assertThat(decodeEntities(html)).contains("javascript:alert(1)");
    }

    @Test
    void scriptElementContentIsDroppedWithTheElement() {
        assertThat(render("前<script>alert('偷')</script>后"))
                .doesNotContain("alert")
                .contains("前")
                .contains("后");
    }

    @Test
    void entityObfuscatedJavascriptLinkLosesItsHrefButKeepsItsText() {
        assertThat(render("<a href=\"&#106;ava&#x09;script:alert(1)\">点这里</a>")).isEqualTo("<p>点这里</p>");
    }
}
