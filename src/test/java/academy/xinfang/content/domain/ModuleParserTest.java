package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModuleParserTest {

    private static final String SAMPLE_FILE = "20-sample-module.md";

    /** A valid module; line numbers in the tests below refer to this listing. */
    private static final List<String> MINIMAL = List.of(
            "---", // 1
            "id: mini", // 2
            "title: 小模块", // 3
            "summary: 一句话。", // 4
            "objectives:", // 5
            "  - 能说出一件事", // 6
            "minutes: 5", // 7
            "order: 10", // 8
            "prerequisites: []", // 9
            "tags: []", // 10
            "sources: []", // 11
            "---", // 12
            "", // 13
            "## 学习目标 {#objectives}", // 14
            "", // 15
            "正文。"); // 16

    static String fixture(String name) {
        return TestFiles.resource("/content-fixtures/" + name);
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** MINIMAL with file line {@code line} replaced. */
    private static String replacing(int line, String replacement) {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.set(line - 1, replacement);
        return text(lines);
    }

    /** MINIMAL with {@code extra} inserted so that it becomes file line {@code line}. */
    private static String inserting(int line, String... extra) {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.addAll(line - 1, List.of(extra));
        return text(lines);
    }

    private static String appendingBody(String... extra) {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.addAll(List.of(extra));
        return text(lines);
    }

    private static ParseResult parse(String text) {
        return ModuleParser.parse("mini.md", text);
    }

    private static ParsedModule valid(String fileName, String text) {
        ParseResult result = ModuleParser.parse(fileName, text);
        assertThat(result.problems()).isEmpty();
        return result.module().orElseThrow();
    }

    private static ImportProblem onlyProblem(String text) {
        ParseResult result = parse(text);
        assertThat(result.module()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    // ---- a good module --------------------------------------------------------------------------------------

    @Test
    void minimalModuleIsValid() {
        assertThat(valid("mini.md", text(MINIMAL)).id()).isEqualTo("mini");
    }

    @Test
    void goodFixtureYieldsEveryFrontMatterFieldWithQuotesStripped() {
        ParsedModule module = valid(SAMPLE_FILE, fixture(SAMPLE_FILE));

        assertThat(module.file()).isEqualTo(SAMPLE_FILE);
        assertThat(module.id()).isEqualTo("sample-module");
        assertThat(module.title()).isEqualTo("样例模块：接待");
        assertThat(module.summary()).isEqualTo("用于测试的样例模块，覆盖全部字段。");
        assertThat(module.objectives()).containsExactly("能说出\"六忌\"", "能识别冷淡接待");
        assertThat(module.minutes()).isEqualTo(15);
        assertThat(module.order()).isEqualTo(20);
        assertThat(module.prerequisites()).containsExactly("petition-basics", "six-taboos");
        assertThat(module.tags()).containsExactly(Tag.POLICY_AND_LAW, Tag.COLD_RECEPTION, Tag.WARMTH);
        assertThat(module.sources()).containsExactly("000_f99291dc47152688.txt", "xinfang-work-regulations-2022.md");
    }

    @Test
    void goodFixtureSectionsHaveIdTitleLevelAndFileLineInDocumentOrder() {
        ParsedModule module = valid(SAMPLE_FILE, fixture(SAMPLE_FILE));

        assertThat(module.sections())
                .extracting(Section::id, Section::title, Section::level, Section::line)
                .containsExactly(
                        tuple("objectives", "学习目标", 2, 15),
                        tuple("overview", "六忌总览", 2, 19),
                        tuple("cold-signs", "冷淡的样子", 3, 21),
                        tuple("example-two-receptions", "案例：两种接待", 2, 29),
                        tuple("self-check", "自我检测", 2, 34));
    }

    @Test
    void setextHeadingIsASectionAtItsTextLineAsFlexmarkRendersIt() {
        ParsedModule module = valid("mini.md", appendingBody("", "案例分析 {#case}", "--------", "", "正文。"));

        assertThat(module.sections())
                .extracting(Section::id, Section::title, Section::level, Section::line)
                .containsExactly(tuple("objectives", "学习目标", 2, 14), tuple("case", "案例分析", 2, 18));
    }

    @Test
    void setextHeadingWithoutIdIsReportedLikeAnAtxOne() {
        ImportProblem problem = onlyProblem(appendingBody("", "没有编号", "--------"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 18, "content.sectionWithoutId", List.of("没有编号")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "> ## 引文里的标题 {#quoted}",
                "!!! note \"注意\"\n    ## 提示里的标题 {#noted}",
                "<div>\n## 网页块里的标题 {#in-html}\n</div>",
                "```\n## 代码里的标题 {#in-code}\n```"
            })
    void aHeadingInsideABlockBelongsToThatBlockAndIsNoSection(String block) {
        ParsedModule module = valid("mini.md", appendingBody("", block));

        assertThat(module.sections()).extracting(Section::id).containsExactly("objectives");
    }

    @Test
    void levelThreeHeadingWithoutIdIsNotASectionAndNotAProblem() {
        ParsedModule module = valid(SAMPLE_FILE, fixture(SAMPLE_FILE));

        assertThat(module.sections()).extracting(Section::title).doesNotContain("没有编号的小节");
    }

    @Test
    void headingInBacktickFenceIsIgnored() {
        ParsedModule module = valid(SAMPLE_FILE, fixture(SAMPLE_FILE));

        assertThat(module.sections()).extracting(Section::id).doesNotContain("not-a-section");
    }

    @Test
    void headingWithoutIdInTildeFenceIsNeitherSectionNorProblem() {
        ParsedModule module = valid("mini.md", appendingBody("", "~~~~", "## 示例 {#in-code}", "## 无编号", "~~~~"));

        assertThat(module.sections()).extracting(Section::id).containsExactly("objectives");
    }

    @Test
    void shorterFenceDoesNotCloseALongerOne() {
        ParsedModule module =
                valid("mini.md", appendingBody("", "````", "```", "## 仍在代码里", "````", "## 代码后 {#after-code}"));

        assertThat(module.sections()).extracting(Section::id).containsExactly("objectives", "after-code");
    }

    @Test
    void bodyIsTheMarkdownAfterTheClosingDelimiterAndBodyLineIsItsFileLine() {
        ParsedModule module = valid(SAMPLE_FILE, fixture(SAMPLE_FILE));

        assertThat(module.bodyLine()).isEqualTo(14);
        assertThat(module.body()).startsWith("\n## 学习目标 {#objectives}\n");
        assertThat(module.body()).doesNotContain("sample-module");
        assertThat(module.body().split("\n", -1)[15 - module.bodyLine()]).isEqualTo("## 学习目标 {#objectives}");
    }

    @Test
    void contentHashIsSha256HexOfTheWholeFileText() throws Exception {
        String text = fixture(SAMPLE_FILE);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));

        assertThat(valid(SAMPLE_FILE, text).contentHash())
                .isEqualTo(HexFormat.of().formatHex(digest));
    }

    @Test
    void contentHashIsStableForTheSameTextAndChangesWithOneCharacter() {
        String text = fixture(SAMPLE_FILE);
        String hash = valid(SAMPLE_FILE, text).contentHash();

        assertThat(valid(SAMPLE_FILE, text).contentHash()).isEqualTo(hash);
        assertThat(valid(SAMPLE_FILE, text.replace("正文。", "正文！")).contentHash()).isNotEqualTo(hash);
    }

    @Test
    void contentHashCoversByteOrderMarkAndLineEndingsBecauseTheyChangeTheFile() throws Exception {
        String unix = fixture(SAMPLE_FILE);
        String windows = "\uFEFF" + unix.replace("\n", "\r\n");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(windows.getBytes(StandardCharsets.UTF_8));

        assertThat(valid(SAMPLE_FILE, windows).contentHash())
                .isEqualTo(HexFormat.of().formatHex(digest))
                .isNotEqualTo(valid(SAMPLE_FILE, unix).contentHash());
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkAreAccepted() {
        String unix = fixture(SAMPLE_FILE);
        String windows = "\uFEFF" + unix.replace("\n", "\r\n");

        ParsedModule fromWindows = valid(SAMPLE_FILE, windows);
        ParsedModule fromUnix = valid(SAMPLE_FILE, unix);

        assertThat(fromWindows.sections()).isEqualTo(fromUnix.sections());
        assertThat(fromWindows.title()).isEqualTo("样例模块：接待");
        assertThat(fromWindows.body()).isEqualTo(fromUnix.body()).doesNotContain("\r");
        assertThat(fromWindows.bodyLine()).isEqualTo(fromUnix.bodyLine());
    }

    @Test
    void blockListItemsMayBeQuotedAndFlowListItemsMayContainQuotedCommas() {
        ParsedModule module = valid("mini.md", replacing(11, "sources: [\"a, b.txt\", 'c.md', d.md,]"));

        assertThat(module.sources()).containsExactly("a, b.txt", "c.md", "d.md");
    }

    @Test
    void blockListsWorkForEveryListField() {
        ParsedModule module = valid("mini.md", replacing(10, "tags:\n  - WARMTH\n  - PATIENCE"));

        assertThat(module.tags()).containsExactly(Tag.WARMTH, Tag.PATIENCE);
    }

    @Test
    void negativeOrderIsAllowed() {
        assertThat(valid("mini.md", replacing(8, "order: -5")).order()).isEqualTo(-5);
    }

    @Test
    void blankLinesInsideFrontMatterAreAllowed() {
        assertThat(valid("mini.md", inserting(7, "")).minutes()).isEqualTo(5);
    }

    // ---- one problem, exact line ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t\n", "\uFEFF", "\uFEFF\n\n"})
    void emptyOrBlankFileIsEmptyForTheWholeFile(String text) {
        assertThat(onlyProblem(text)).isEqualTo(new ImportProblem("mini.md", 0, "content.empty", List.of()));
    }

    @Test
    void nullTextIsEmpty() {
        assertThat(onlyProblem(null).key()).isEqualTo("content.empty");
    }

    @Test
    void fileWithNulCharacterIsBinary() {
        assertThat(onlyProblem("---\nid: x\0\n---\n").key()).isEqualTo("content.binary");
    }

    @Test
    void fileNotStartingWithDelimiterHasNoFrontMatterAtLineOne() {
        ImportProblem problem = onlyProblem("# 标题\n\n## 学习目标 {#objectives}\n");

        assertThat(problem.key()).isEqualTo("content.noFrontMatter");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void sectionsAreStillCheckedWhenFrontMatterIsMissing() {
        ParseResult result = parse("正文\n\n## 没有编号\n");

        assertThat(result.problems())
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactly(tuple("content.noFrontMatter", 1), tuple("content.sectionWithoutId", 3));
    }

    @Test
    void frontMatterWithoutClosingDelimiterIsUnclosedAtLineOne() {
        ImportProblem problem = onlyProblem("---\nid: mini\ntitle: 小模块\n\n## 学习目标 {#objectives}\n");

        assertThat(problem.key()).isEqualTo("content.unclosedFrontMatter");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void lineThatIsNeitherFieldNorListItemIsBadAtItsLine() {
        ImportProblem problem = onlyProblem(inserting(4, "这一行不是字段"));

        assertThat(problem.key()).isEqualTo("content.badFrontMatterLine");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.arguments()).containsExactly("这一行不是字段");
    }

    @Test
    void anIndentedLineUnderAScalarFieldContinuesItsValueAsInYaml() {
        ImportProblem problem = onlyProblem(inserting(8, "  - 多余的项"));

        assertThat(problem)
                .isEqualTo(new ImportProblem("mini.md", 7, "content.badNumber", List.of("minutes", "5 - 多余的项")));
    }

    @Test
    void commentsAreYamlCommentsBothOnTheirOwnLineAndAfterAValue() {
        ParsedModule module = valid("mini.md", inserting(3, "# 注释").replace("title: 小模块", "title: 小模块 # 注释"));

        assertThat(module.title()).isEqualTo("小模块");
    }

    @Test
    void aQuotedNumberIsTextAndSoABadNumber() {
        ParseResult result = parse(replacing(7, "minutes: \"5\""));

        assertThat(result.module()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key, ImportProblem::arguments)
                .containsExactly(tuple(7, "content.badNumber", List.of("minutes", "5")));
    }

    @Test
    void aKeyWithABlankBeforeItsColonIsTheSameKeySoASecondOneIsADuplicate() {
        ImportProblem problem = onlyProblem(inserting(3, "id : mini"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 3, "content.duplicateField", List.of("id")));
    }

    static Stream<Arguments> malformedFieldLines() {
        return Stream.of(
                Arguments.of(3, "title: 信访: 基础"),
                Arguments.of(3, "title: 结尾:"),
                Arguments.of(3, "title: \"没有闭合的引号"),
                Arguments.of(3, "title: 'a' b"),
                Arguments.of(3, "title: | 块"),
                Arguments.of(3, "title:没有空格"),
                Arguments.of(11, "sources: [a.txt"),
                Arguments.of(11, "sources: [a.txt, , b.txt]"),
                Arguments.of(11, "sources: [,]"),
                Arguments.of(11, "sources: [[a.txt]]"));
    }

    @ParameterizedTest
    @MethodSource("malformedFieldLines")
    void malformedFieldLineIsReportedOnceAtItsLineAndNotAlsoAsMissing(int line, String malformed) {
        ImportProblem problem = onlyProblem(replacing(line, malformed));

        assertThat(problem)
                .isEqualTo(new ImportProblem("mini.md", line, "content.badFrontMatterLine", List.of(malformed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  nested: map", "- 顶格的项"})
    void strayLineIsReportedAtItsLine(String stray) {
        ImportProblem problem = onlyProblem(inserting(3, stray));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 3, "content.badFrontMatterLine", List.of(stray)));
    }

    @Test
    void unknownFieldIsReportedWithItsKeyAtItsLine() {
        ImportProblem problem = onlyProblem(inserting(5, "author: 张三"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 5, "content.unknownField", List.of("author")));
    }

    @Test
    void itemsOfAnUnknownBlockListAreNotReportedAgain() {
        ImportProblem problem = onlyProblem(inserting(5, "authors:", "  - 张三", "  - 李四"));

        assertThat(problem.key()).isEqualTo("content.unknownField");
    }

    @Test
    void secondOccurrenceOfAFieldIsADuplicateAtItsLine() {
        ImportProblem problem = onlyProblem(inserting(5, "title: 另一个标题"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 5, "content.duplicateField", List.of("title")));
    }

    static Stream<Arguments> requiredFields() {
        // field, first and last line of it in MINIMAL
        return Stream.of(
                Arguments.of("id", 2, 2),
                Arguments.of("title", 3, 3),
                Arguments.of("summary", 4, 4),
                Arguments.of("objectives", 5, 6),
                Arguments.of("minutes", 7, 7),
                Arguments.of("order", 8, 8),
                Arguments.of("prerequisites", 9, 9),
                Arguments.of("tags", 10, 10),
                Arguments.of("sources", 11, 11));
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void missingRequiredFieldIsReportedAtTheClosingDelimiter(String field, int first, int last) {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.subList(first - 1, last).clear();
        int closingLine = 12 - (last - first + 1);

        ImportProblem problem = onlyProblem(text(lines));

        assertThat(problem)
                .isEqualTo(new ImportProblem("mini.md", closingLine, "content.missingField", List.of(field)));
    }

    @Test
    void objectivesWithoutAnyItemAreMissingAtTheirLine() {
        ImportProblem problem = onlyProblem(replacing(6, "").replace("objectives:\n", "objectives: []\n"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 5, "content.missingField", List.of("objectives")));
    }

    @Test
    void scalarFieldWithNoValueIsMissingAtItsLine() {
        ImportProblem problem = onlyProblem(replacing(3, "title:"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 3, "content.missingField", List.of("title")));
    }

    @Test
    void listWhereOneValueBelongsIsABadLine() {
        ImportProblem problem = onlyProblem(replacing(3, "title: [小, 模块]"));

        assertThat(problem.key()).isEqualTo("content.badFrontMatterLine");
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void valueWhereAListBelongsIsABadLine() {
        ImportProblem problem = onlyProblem(replacing(10, "tags: WARMTH"));

        assertThat(problem.key()).isEqualTo("content.badFrontMatterLine");
        assertThat(problem.line()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mini", "mini_module", "-mini", "mini-", "mini--module", "迷你"})
    void idThatIsNotLowercaseHyphenatedIsBadAtItsLine(String id) {
        ImportProblem problem = onlyProblem(replacing(2, "id: " + id));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 2, "content.badId", List.of(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "five", "1.5", "99999999999"})
    void minutesThatAreNotAPositiveIntegerAreABadNumberAtTheirLine(String minutes) {
        ImportProblem problem = onlyProblem(replacing(7, "minutes: " + minutes));

        assertThat(problem)
                .isEqualTo(new ImportProblem("mini.md", 7, "content.badNumber", List.of("minutes", minutes)));
    }

    @Test
    void orderThatIsNotAnIntegerIsABadNumberAtItsLine() {
        ImportProblem problem = onlyProblem(replacing(8, "order: 十"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 8, "content.badNumber", List.of("order", "十")));
    }

    @Test
    void tagThatIsNoGlossaryNameIsUnknownAtTheTagsLine() {
        ParseResult result = parse(replacing(10, "tags: [WARMTH, warmth, HOSPITALITY]"));

        assertThat(result.module()).isEmpty();
        assertThat(result.problems())
                .containsExactly(
                        new ImportProblem("mini.md", 10, "content.unknownTag", List.of("warmth")),
                        new ImportProblem("mini.md", 10, "content.unknownTag", List.of("HOSPITALITY")));
    }

    @Test
    void numberedFileNameMustEndWithTheIdReportedAtTheIdLine() {
        ParseResult result = ModuleParser.parse("09-six-taboos.md", text(MINIMAL));

        assertThat(result.problems())
                .containsExactly(new ImportProblem(
                        "09-six-taboos.md", 2, "content.fileNameMismatch", List.of("09-six-taboos.md", "mini")));
    }

    @Test
    void numberedFileNameMatchingTheIdIsFineEvenWithADirectory() {
        assertThat(ModuleParser.parse("content/07-mini.md", text(MINIMAL)).problems())
                .isEmpty();
    }

    @Test
    void fileNameWithoutNumberIsNotComparedWithTheId() {
        assertThat(ModuleParser.parse("draft.md", text(MINIMAL)).problems()).isEmpty();
    }

    @Test
    void levelTwoHeadingWithoutIdIsReportedAtItsLine() {
        ImportProblem problem = onlyProblem(appendingBody("", "## 要点"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 18, "content.sectionWithoutId", List.of("要点")));
    }

    @Test
    void idGluedToTheTitleIsNotAHeadingIdBecauseFlexmarkPutsItOnASpan() {
        ImportProblem problem = onlyProblem(appendingBody("", "## 要点{#points}"));

        assertThat(problem.key()).isEqualTo("content.sectionWithoutId");
        assertThat(problem.line()).isEqualTo(18);
    }

    @Test
    void anEmptyIdBlockIsNoAttributeBlockForFlexmarkSoTheHeadingHasNoId() {
        ImportProblem problem = onlyProblem(appendingBody("", "## 要点 {#}"));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 18, "content.sectionWithoutId", List.of("要点 {#}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"## 要点 {#Points}", "## 要点 {#要点}", "### 小节 {#sub_section}"})
    void sectionIdThatIsNotLowercaseHyphenatedIsBadAtItsLine(String heading) {
        ImportProblem problem = onlyProblem(appendingBody("", heading));

        assertThat(problem.key()).isEqualTo("content.badSectionId");
        assertThat(problem.line()).isEqualTo(18);
    }

    @Test
    void sectionIdUsedTwiceAcrossLevelsIsADuplicateAtTheSecondLine() {
        ImportProblem problem = onlyProblem(appendingBody("", "### 再次 {#objectives}"));

        assertThat(problem)
                .isEqualTo(new ImportProblem("mini.md", 18, "content.duplicateSectionId", List.of("objectives")));
    }

    @Test
    void headingIdMayBeFollowedByClassesAndClosingHashes() {
        ParsedModule module = valid("mini.md", appendingBody("", "## 要点 {#points .note} ##"));

        assertThat(module.section("points")).map(Section::title).contains("要点");
    }

    @Test
    void bodyWithoutLevelTwoHeadingHasNoSections() {
        List<String> lines = new ArrayList<>(MINIMAL.subList(0, 13));
        lines.add("### 只有小节 {#only-sub}");

        ImportProblem problem = onlyProblem(text(lines));

        assertThat(problem).isEqualTo(new ImportProblem("mini.md", 0, "content.noSections", List.of()));
    }

    // ---- several problems -----------------------------------------------------------------------------------

    @Test
    void everyProblemOfAFileIsReportedWithItsOwnLine() {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.set(6, "minutes: 半小时"); // 7
        lines.set(9, "tags: [KINDNESS]"); // 10
        lines.add(2, "author: 张三"); // 3, shifts the rest down by one
        lines.add("");
        lines.add("## 没有编号"); // 19
        lines.add("## 重复 {#objectives}"); // 20

        ParseResult result = ModuleParser.parse("03-other.md", text(lines));

        assertThat(result.module()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactlyInAnyOrder(
                        tuple(3, "content.unknownField"),
                        tuple(8, "content.badNumber"),
                        tuple(11, "content.unknownTag"),
                        tuple(2, "content.fileNameMismatch"),
                        tuple(19, "content.sectionWithoutId"),
                        tuple(20, "content.duplicateSectionId"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "---",
                "---\n---",
                "---\n---\n",
                "\n---\n",
                "---\nid:\n---\n## x {#x}",
                "---\n  - a\n---",
                "---\ntags: [\"a]\n---",
                "---\ntitle: '\n---",
                "\r\n\r",
                "\uFEFF---\r\n---\r\n",
                "## {#}\n",
                "---\nminutes: 1e9\norder: -\n---\n```\n"
            })
    void oddInputNeverThrowsAndAlwaysExplainsItself(String text) {
        assertThatCode(() -> parse(text)).doesNotThrowAnyException();
        assertThat(parse(text).problems()).isNotEmpty();
    }

    @Test
    void aBodyNestedTwentyThousandQuotesDeepIsRefusedAtItsLine() {
        ParseResult result = parse(appendingBody("", ">".repeat(20_000) + " 深"));

        assertThat(result.module()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(tuple(18, "markdown.tooDeep"));
    }

    @Test
    void aBodyOnlyTheParsedTreeRefusesIsLeftToRenderingSoThatParsingAFileNeverMeasuresTheTree() {
        // passes the source scan (see MarkdownLimitsTest): importing and publishing refuse it when they render it
        String emphasis = "(u)___".repeat(40) + "x" + "__".repeat(40);
        ParseResult result = parse(appendingBody("", emphasis));

        assertThat(result.problems()).isEmpty();
        assertThatThrownBy(() -> new MarkdownRenderer()
                        .render(result.module().orElseThrow().body()))
                .isInstanceOfSatisfying(
                        MarkdownLimitException.class,
                        e -> assertThat(e.violation().key()).isEqualTo("markdown.inlineTooDeep"));
    }

    @Test
    void problemPrintsAsFileLineKeyAndArguments() {
        assertThat(new ImportProblem("09-six-taboos.md", 12, "content.unknownTag", List.of("FOO")))
                .hasToString("09-six-taboos.md:12: content.unknownTag [FOO]");
        assertThat(new ImportProblem("09-six-taboos.md", 0, "content.noSections", List.of()))
                .hasToString("09-six-taboos.md:0: content.noSections");
    }
}
