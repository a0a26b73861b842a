package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleParser;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.content.domain.ParsedModule;
import academy.xinfang.content.domain.Section;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The drafts {@link SpeechConverter#convert} produces: complete, parseable module files with suggested tags. */
class DraftMarkdownTest {

    private static final String SPEECH = "接访工作要点\n"
            + "今天讲两点意见。\n"
            + "一、热情接待\n"
            + "接待群众要热心，一杯热茶、一张笑脸，就能拉近距离。\n"
            + "二、耐心解释\n"
            + "解释政策要耐心，不能态度生硬。\n"
            + "同志们，让我们共同努力！";

    private static ParsedModule parse(Draft draft) {
        ParseResult result = ModuleParser.parse("draft.md", draft.markdown());
        assertThat(result.problems().stream().map(ImportProblem::toString))
                .as(draft.markdown())
                .isEmpty();
        return result.module().orElseThrow();
    }

    private static Draft one(String text, String source) {
        List<Draft> drafts = SpeechConverter.convert(text, source, SplitMode.ONE_MODULE);
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }

    @Test
    void draftIsACompleteModuleFileWithEveryFrontMatterField() {
        Draft draft = one(SPEECH, "讲话-2024.txt");
        ParsedModule module = parse(draft);
        assertThat(module.id()).matches("draft-[a-z0-9]+(-[a-z0-9]+)*").startsWith("draft-2024-");
        assertThat(module.title()).isEqualTo("接访工作要点").isEqualTo(draft.title());
        assertThat(module.summary()).isEqualTo(draft.summary()).contains("热情接待", "耐心解释");
        assertThat(module.objectives()).containsExactly("能说出“热情接待”的主要内容", "能说出“耐心解释”的主要内容");
        assertThat(module.minutes()).isEqualTo(1);
        assertThat(module.order()).isEqualTo(999);
        assertThat(module.prerequisites()).isEmpty();
        assertThat(module.tags()).containsExactly(Tag.HARSH_ATTITUDE, Tag.WARMTH, Tag.PATIENCE);
        assertThat(module.sources()).containsExactly("讲话-2024.txt");
    }

    @Test
    void bodyHasObjectivesIntroNumberedSectionsAndClosingAndNamesItsSourceOnlyInTheFrontMatter() {
        Draft draft = one(SPEECH, "speech.txt");
        ParsedModule module = parse(draft);
        assertThat(module.sections())
                .extracting(Section::id, Section::title)
                .containsExactly(
                        tuple("objectives", "学习目标"),
                        tuple("intro", "引言"),
                        tuple("s1", "热情接待"),
                        tuple("s2", "耐心解释"),
                        tuple("closing", "结语"));
        assertThat(module.sources()).containsExactly("speech.txt");
        assertThat(module.body()).doesNotContain("speech.txt").doesNotContain("来源：");
    }

    @Test
    void subSectionsGetLevelThreeHeadingsWithDerivedIds() {
        Draft draft = one("讲话\n一、加强学习\n（一）学理论\n正文。\n（二）学业务\n正文。\n二、改进作风\n正文。", "a.txt");
        ParsedModule module = parse(draft);
        assertThat(module.sections())
                .extracting(Section::id, Section::level)
                .contains(tuple("s1-1", 3), tuple("s1-2", 3), tuple("s2", 2));
        assertThat(draft.markdown()).contains("### 学理论 {#s1-1}\n");
    }

    @Test
    void titleWithAnAsciiColonIsQuotedInTheFrontMatter() {
        Draft draft = one("信访培训 Part 1: 接访要点\n一、提高认识\n正文。\n二、改进作风\n正文。", "a.txt");
        assertThat(draft.markdown()).contains("title: \"信访培训 Part 1:接访要点\"\n");
        assertThat(parse(draft).title()).isEqualTo("信访培训 Part 1:接访要点");
        assertThat(parse(draft).summary()).startsWith("根据《信访培训 Part 1:接访要点》整理，共两部分");
    }

    @Test
    void sourceNameWithCommaBracketOrQuoteIsQuotedInTheFlowList() {
        Draft draft = one(SPEECH, "讲话[定稿],\"二\".txt");
        assertThat(parse(draft).sources()).containsExactly("讲话[定稿],\"二\".txt");
    }

    @Test
    void markdownSyntaxInTheSpeechStaysLiteralText() {
        String hostile = "讲话\n一、*重点* 与 _强调_\n正文含有 [链接] 和 {#x} 与 | a | b | 以及 a&b 与 `代码` 与 [^1] 与 ~~删~~。\n"
                + "1. 这一行像列表\n!!! warning \"忌\"\n: 像定义\n二、第二部分\n> 像引用的一段话。\n=== 像标题下划线";
        Draft draft = one(hostile, "a.txt");
        ParsedModule module = parse(draft);
        String html = new MarkdownRenderer().render(module.body());
        assertThat(html)
                .doesNotContain(
                        "<em>",
                        "<a ",
                        "<code>",
                        "<blockquote>",
                        "<table>",
                        "<dl>",
                        "admonition",
                        "<sup",
                        "<del>",
                        "<hr",
                        "<ol>");
        assertThat(html)
                .contains(
                        "*重点* 与 _强调_",
                        "[链接]",
                        "{#x}",
                        "| a | b |",
                        "a&amp;b",
                        "[^1]",
                        "1.这一行像列表",
                        "!!! warning",
                        ":像定义",
                        "&gt; 像引用的一段话。",
                        "&#61;&#61;&#61; 像标题下划线</p>");
        assertThat(module.topLevelSections()).hasSize(3);
    }

    @Test
    void htmlInTheSpeechIsRemovedByCleaningAndNeverRendered() {
        Draft draft = one("讲话\n正文<script>alert(1)</script>与<b>粗体</b>。", "a.txt");
        String html = new MarkdownRenderer().render(parse(draft).body());
        assertThat(html).doesNotContain("<script", "<b>").contains("正文alert(1)与粗体。");
    }

    @Test
    void boldKeyPhrasesOfPointsRenderAsBold() {
        Draft draft = one("讲话\n一要开门接访。群众欢迎。\n二要主动约访。及早介入。\n三要“带案下访”。少让群众跑路。", "a.txt");
        assertThat(draft.markdown()).contains("1. **开门接访**。群众欢迎。", "3. **“带案下访”**。少让群众跑路。");
        String html = new MarkdownRenderer().render(parse(draft).body());
        assertThat(html).contains("<strong>开门接访</strong>", "<strong>“带案下访”</strong>");
    }

    @Test
    void twoListsInARowStayTwoLists() {
        Draft draft = one("讲话\n一要甲，二要乙。一是丙，二是丁。", "a.txt");
        String html = new MarkdownRenderer().render(parse(draft).body());
        assertThat(html.split("<ol>", -1)).hasSize(3);
    }

    @Test
    void tagPassagesAreTheMentioningSentenceCutToEightyCharacters() {
        String longSentence = "在工作中我们必须始终坚持以人民为中心的发展思想，把群众的事当作自己的事，把群众的冷暖放在心上，"
                + "接待来访时更要热心周到，让每一位来访群众都能感受到党和政府的温暖，真正做到件件有着落、事事有回音、人人都满意。";
        Draft draft = one("讲话\n" + longSentence + "\n接访要耐心。", "a.txt");
        TagSuggestion warmth = draft.tags().stream()
                .filter(t -> t.tag() == Tag.WARMTH)
                .findFirst()
                .orElseThrow();
        assertThat(warmth.passage()).contains("热心");
        assertThat(warmth.passage().codePointCount(0, warmth.passage().length()))
                .isLessThanOrEqualTo(80);
        TagSuggestion patience = draft.tags().stream()
                .filter(t -> t.tag() == Tag.PATIENCE)
                .findFirst()
                .orElseThrow();
        assertThat(patience.passage()).isEqualTo("接访要耐心。");
    }

    @Test
    void everyGlossaryTermSuggestsItsTag() {
        for (var entry : TagScanner.terms().entrySet()) {
            for (String term : entry.getValue()) {
                List<Tag> tags = TagScanner.scan("我们讲" + term + "。").stream()
                        .map(TagSuggestion::tag)
                        .toList();
                assertThat(tags).as(term).contains(entry.getKey());
            }
        }
        assertThat(TagScanner.terms().keySet()).containsExactly(Tag.values());
    }

    @Test
    void sameSpeechGetsTheSameDraftIdAndADifferentSpeechAnother() {
        String first = one(SPEECH, "a.txt")
                .markdown()
                .lines()
                .filter(l -> l.startsWith("id: "))
                .findFirst()
                .orElseThrow();
        String again = one(SPEECH, "a.txt")
                .markdown()
                .lines()
                .filter(l -> l.startsWith("id: "))
                .findFirst()
                .orElseThrow();
        String other = one(SPEECH + "\n补充一句。", "a.txt")
                .markdown()
                .lines()
                .filter(l -> l.startsWith("id: "))
                .findFirst()
                .orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void pastedTextWithoutFileNameHasNoSources() {
        Draft draft = one(SPEECH, null);
        assertThat(parse(draft).sources()).isEmpty();
        assertThat(draft.markdown()).doesNotContain("来源：");
        assertThat(parse(draft).id()).matches("draft-[0-9a-f]{8}");
    }

    @Test
    void minutesAreCharactersDividedByFourHundred() {
        String paragraph = "信访工作是党和政府联系群众的桥梁和纽带。".repeat(100); // 2,000 characters
        assertThat(parse(one("讲话\n" + paragraph, "a.txt")).minutes()).isEqualTo(5);
    }

    // ---- split per top-level section ----------------------------------------------------------------------------

    @Test
    void perTopSectionYieldsOneParseableDraftPerSectionWithItsOwnTags() {
        List<Draft> drafts = SpeechConverter.convert(SPEECH, "a.txt", SplitMode.PER_TOP_SECTION);
        assertThat(drafts).extracting(Draft::title).containsExactly("热情接待", "耐心解释");
        ParsedModule first = parse(drafts.get(0));
        ParsedModule second = parse(drafts.get(1));
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.tags()).containsExactly(Tag.WARMTH);
        assertThat(second.tags()).containsExactly(Tag.HARSH_ATTITUDE, Tag.PATIENCE);
        assertThat(first.topLevelSections()).extracting(Section::id).containsExactly("objectives", "intro", "s1");
        assertThat(second.topLevelSections()).extracting(Section::id).containsExactly("objectives", "s2", "closing");
    }

    @Test
    void perTopSectionOfTheTrainingClassSpeechYieldsSevenDraftsOnePerQuality() throws IOException {
        String seed = Fixtures.TRAINING_CLASS;
        String text = TestFiles.read(Paths.get("src/test/resources/seeds").resolve(seed));
        List<Draft> drafts = SpeechConverter.convert(text, seed, SplitMode.PER_TOP_SECTION);
        assertThat(drafts).hasSize(7);
        assertThat(drafts)
                .extracting(Draft::title)
                .containsExactlyElementsOf(
                        SpeechConverter.outline(SpeechConverter.clean(text)).headings(1));
        assertThat(drafts.stream()
                        .map(DraftMarkdownTest::parse)
                        .map(ParsedModule::id)
                        .distinct())
                .hasSize(7);
        List<Tag> psychology =
                drafts.get(4).tags().stream().map(TagSuggestion::tag).toList();
        assertThat(psychology)
                .contains(
                        Tag.PSYCHOLOGICAL_RESILIENCE,
                        Tag.COLD_RECEPTION,
                        Tag.CARELESS_PROMISE,
                        Tag.FIRST_TIME,
                        Tag.AGITATED);
        List<Tag> politics =
                drafts.get(0).tags().stream().map(TagSuggestion::tag).toList();
        assertThat(politics).contains(Tag.POLITICAL_INTEGRITY).doesNotContain(Tag.COLD_RECEPTION, Tag.AGITATED);
        assertThat(parse(drafts.get(4)).objectives()).first().asString().contains("要有良好的心理素质");
    }

    @Test
    void perTopSectionOfASpeechWithoutHeadingsYieldsOneDraft() {
        assertThat(SpeechConverter.convert("讲话\n只有一段正文。", "a.txt", SplitMode.PER_TOP_SECTION))
                .hasSize(1);
    }

    // ---- refusals and speed -------------------------------------------------------------------------------------

    @Test
    void blankOrMissingTextIsRefusedAsEmpty() {
        for (String text : new String[] {null, "", "  \n\t　 "}) {
            assertThatThrownBy(() -> SpeechConverter.convert(text, "a.txt", SplitMode.ONE_MODULE))
                    .isInstanceOfSatisfying(
                            SpeechFileException.class, e -> assertThat(e.key()).isEqualTo("authoring.text.empty"));
        }
    }

    @Test
    void textThatIsOnlyWebDebrisIsRefusedAsEmpty() {
        assertThatThrownBy(() -> SpeechConverter.convert(
                        "来源：网络 作者：佚名\n【打印】【关闭】\nwww.example.com", "a.txt", SplitMode.ONE_MODULE))
                .isInstanceOfSatisfying(
                        SpeechFileException.class, e -> assertThat(e.key()).isEqualTo("authoring.text.empty"));
    }

    @Test
    void textLongerThanTheLimitIsRefusedWithTheLimit() {
        String text = "信".repeat(SpeechConverter.MAX_CHARS + 1);
        assertThatThrownBy(() -> SpeechConverter.convert(text, "a.txt", SplitMode.ONE_MODULE))
                .isInstanceOfSatisfying(SpeechFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("authoring.text.tooLong");
                    assertThat(e.arguments()).containsExactly(SpeechConverter.MAX_CHARS);
                });
        assertThat(SpeechConverter.convert("信".repeat(SpeechConverter.MAX_CHARS), "a.txt", SplitMode.ONE_MODULE))
                .hasSize(1);
    }

    @Test
    void printsTheTimeToConvertATwentyFiveThousandCharacterSpeech() throws IOException {
        StringBuilder all = new StringBuilder();
        for (String seed : List.of(
                "000_f99291dc47152688.txt",
                "001_f2abc3a84fab0f7d.txt",
                "002_a0a2e6076a72926c.txt",
                "003_1a121cf9487db462.txt",
                "004_bbc0d235fbab96cb.txt")) {
            all.append(TestFiles.read(Paths.get("src/test/resources/seeds").resolve(seed)))
                    .append('\n');
        }
        String text = all.substring(0, 25_000);
        for (int i = 0; i < 3; i++) {
            SpeechConverter.convert(text, "all.txt", SplitMode.ONE_MODULE);
        }
        long start = System.nanoTime();
        Draft draft =
                SpeechConverter.convert(text, "all.txt", SplitMode.ONE_MODULE).get(0);
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf(
                Locale.ROOT, "[speech-to-module] %d characters converted in %.1f ms%n", text.length(), millis);
        parse(draft);
    }
}
