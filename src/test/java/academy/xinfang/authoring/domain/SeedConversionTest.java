package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.authoring.domain.Outline.Block;
import academy.xinfang.authoring.domain.Outline.ListBlock;
import academy.xinfang.authoring.domain.Outline.ListItem;
import academy.xinfang.authoring.domain.Outline.Node;
import academy.xinfang.authoring.domain.Outline.Paragraph;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleParser;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five seed speeches are the real inputs a trainer brings. Each one's outline was established by reading it; the
 * converter must find that outline, turn the enumerated points into lists, leave no web or PDF debris, and produce a
 * module file that the content parser accepts.
 */
class SeedConversionTest {

    private static final Path SEEDS = Paths.get("src/test/resources/seeds");

    private static final String TRAINING_CLASS = Fixtures.TRAINING_CLASS;
    static final String EXPERIENCE = "001_f2abc3a84fab0f7d.txt";
    static final String LEADER_SPEECH = "002_a0a2e6076a72926c.txt";
    static final String DUTY_CAPABILITIES = "003_1a121cf9487db462.txt";
    static final String SCIENTIFIC_OUTLOOK = "004_bbc0d235fbab96cb.txt";

    /** The real headings of each seed, as a reader outlines it: level → headings in order. */
    private static final Map<String, Map<Integer, List<String>>> REAL_HEADINGS = new LinkedHashMap<>();

    static {
        REAL_HEADINGS.put(
                TRAINING_CLASS,
                Map.of(
                        1,
                                List.of(
                                        "要有优良的政治素养",
                                        "要有良好的职业道德",
                                        "要有较强的政策观念和法制意识",
                                        "要有较强的业务综合能力",
                                        "要有良好的心理素质",
                                        "要有务实的作风",
                                        "要有创新精神"),
                        2, List.of("要懂得尊重和理解上访人", "要热情接待，增进感情交流", "要态度诚恳，以诚相待", "要区别对待，对症下药")));
        REAL_HEADINGS.put(
                EXPERIENCE,
                Map.of(
                        1,
                        List.of(
                                "对信访工作要有高度的认识，这是做好信访工作的前提",
                                "要有优秀的思想政治素质，这是做好信访工作的基础",
                                "要有较强的业务素质和应变能力，这是做好信访工作的关键",
                                "要热爱本职，树立群众观念，这是做好信访工作的根本")));
        REAL_HEADINGS.put(
                LEADER_SPEECH,
                Map.of(
                        1, List.of("必须解开信访工作的“思想扣”", "必须当好信访群众的“心上人”", "必须种好信访稳定的“责任田”"),
                        2, List.of("信访是一种信任访", "信访是一种责任访", "信访是一种民意访")));
        REAL_HEADINGS.put(
                DUTY_CAPABILITIES,
                Map.of(
                        1,
                        List.of("着力增强法律政策宣讲能力和思想症结疏导能力", "着力增强信访矛盾化解能力", "着力增强预警预测的研判能力和应急事件处置能力", "着力增强汇聚资源力量协调能力")));
        REAL_HEADINGS.put(
                SCIENTIFIC_OUTLOOK,
                Map.of(
                        1,
                        List.of(
                                "做好信访工作，要坚持“以人为本”",
                                "做好信访工作，要树立三大服务观念",
                                "做好信访工作，责任在领导，机制在长效，关键在落实",
                                "做好信访工作，要正确预防和化解群体性上访事件",
                                "做好信访工作，要化解信访老户的缠访")));
    }

    private static final Map<String, String> TEXT = new LinkedHashMap<>();
    private static final Map<String, String> CLEANED = new LinkedHashMap<>();
    private static final Map<String, Outline> OUTLINE = new LinkedHashMap<>();
    private static final Map<String, Draft> DRAFT = new LinkedHashMap<>();
    private static final Map<String, Double> MILLIS = new LinkedHashMap<>();

    @BeforeAll
    static void convertEverySeed() throws IOException {
        assertThat(SEEDS).as("tests run from the project root").isDirectory();
        for (String seed : REAL_HEADINGS.keySet()) {
            String text = TestFiles.read(SEEDS.resolve(seed));
            TEXT.put(seed, text);
            SpeechConverter.convert(text, seed, SplitMode.ONE_MODULE); // warm-up, so the timing below is the work
            long start = System.nanoTime();
            List<Draft> drafts = SpeechConverter.convert(text, seed, SplitMode.ONE_MODULE);
            MILLIS.put(seed, (System.nanoTime() - start) / 1e6);
            assertThat(drafts).hasSize(1);
            DRAFT.put(seed, drafts.get(0));
            CLEANED.put(seed, SpeechConverter.clean(text));
            OUTLINE.put(seed, SpeechConverter.outline(CLEANED.get(seed)));
        }
    }

    @AfterAll
    static void printHeadingShareAndTime() {
        for (String seed : REAL_HEADINGS.keySet()) {
            int expected = 0;
            int found = 0;
            for (Map.Entry<Integer, List<String>> level :
                    REAL_HEADINGS.get(seed).entrySet()) {
                List<String> detected = OUTLINE.get(seed).headings(level.getKey());
                expected += level.getValue().size();
                found += (int)
                        level.getValue().stream().filter(detected::contains).count();
            }
            System.out.printf(
                    Locale.ROOT,
                    "[speech-to-module] %s: %d chars, %d/%d real headings detected (%.0f%%), "
                            + "converted in %.1f ms%n",
                    seed,
                    TEXT.get(seed).length(),
                    found,
                    expected,
                    100.0 * found / expected,
                    MILLIS.get(seed));
        }
    }

    static Stream<String> seeds() {
        return REAL_HEADINGS.keySet().stream();
    }

    // ---- every seed -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRealHeadingIsDetectedAtItsLevelInOrder(String seed) {
        for (Map.Entry<Integer, List<String>> level : REAL_HEADINGS.get(seed).entrySet()) {
            assertThat(OUTLINE.get(seed).headings(level.getKey()))
                    .as("level %d headings of %s", level.getKey(), seed)
                    .containsExactlyElementsOf(level.getValue());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void atLeastOneInlineEnumerationBecomesAList(String seed) {
        assertThat(OUTLINE.get(seed).lists())
                .as("lists of %s", seed)
                .anySatisfy(list -> assertThat(list.entries()).hasSizeGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noWebOrPdfDebrisIsLeftInTheCleanedText(String seed) {
        String cleaned = CLEANED.get(seed);
        assertThat(cleaned)
                .doesNotContain(
                        "来源：",
                        "作者：",
                        "更新时间",
                        "本文转自",
                        "[bookmark",
                        "PDF转换",
                        "下载",
                        "www.",
                        "http",
                        "100test",
                        "</",
                        "...",
                        "\\\"");
        assertThat(Pattern.compile("\\p{IsHan} +\\p{IsHan}").matcher(cleaned).find())
                .as("spaces between Chinese characters in %s", seed)
                .isFalse();
        assertThat(cleaned).as("blank lines collapsed").doesNotContain("\n\n\n");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void draftBodyHasNoDebrisAndNamesItsSourceOnlyInTheFrontMatter(String seed) {
        String markdown = DRAFT.get(seed).markdown();
        int bodyStart = markdown.indexOf("\n---\n", 4);
        assertThat(markdown.substring(0, bodyStart)).contains("sources: [" + seed + "]");
        String body = markdown.substring(bodyStart + 5);
        assertThat(body).doesNotContain(seed, "来源：", "本文转自", "作者：", "www.", "PDF转换", "下载频道");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void draftParsesAsAModuleWithoutProblems(String seed) {
        ParseResult result = ModuleParser.parse("draft.md", DRAFT.get(seed).markdown());
        assertThat(result.problems().stream().map(ImportProblem::toString)).isEmpty();
        var module = result.module().orElseThrow();
        assertThat(module.id()).startsWith("draft-");
        assertThat(module.order()).isEqualTo(999);
        assertThat(module.sources()).containsExactly(seed);
        assertThat(module.objectives()).isNotEmpty();
        assertThat(module.tags())
                .containsExactlyElementsOf(
                        DRAFT.get(seed).tags().stream().map(TagSuggestion::tag).toList());
        List<String> expectedTop = new ArrayList<>(List.of("学习目标"));
        expectedTop.addAll(REAL_HEADINGS.get(seed).get(1));
        assertThat(module.topLevelSections().stream().map(s -> s.title()).toList())
                .containsSubsequence(expectedTop);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void renderedDraftHasNoStrayMarkdownMarks(String seed) {
        ParseResult result = ModuleParser.parse("draft.md", DRAFT.get(seed).markdown());
        String body = result.module().orElseThrow().body();
        String html = new MarkdownRenderer().render(body);
        assertThat(html).doesNotContain("**", "{#", "\\");
        assertThat(count(html, "<ol>") + count(html, "<ul>"))
                .as("each list renders apart, plus the objectives")
                .isEqualTo(OUTLINE.get(seed).lists().size() + 1);
        assertThat(count(html, "<strong>"))
                .as("every bold lead renders as bold")
                .isEqualTo(count(body, "**") / 2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void minutesFollowTheLengthOfTheSpeech(String seed) {
        int characters = CLEANED.get(seed).replaceAll("\\s", "").length();
        var module = ModuleParser.parse("draft.md", DRAFT.get(seed).markdown())
                .module()
                .orElseThrow();
        assertThat(module.minutes()).isBetween(Math.max(1, characters / 400 - 1), characters / 400 + 2);
    }

    // ---- 000: the training-class speech on the seven qualities ------------------------------------------------

    @Test
    void trainingClassSpeechHasItsTitleAndTheSevenQualitiesInOrder() {
        Outline outline = OUTLINE.get(TRAINING_CLASS);
        assertThat(outline.title()).isEqualTo("在全县信访干部培训班上的辅导讲话");
        List<String> top = outline.headings(1);
        List<String> qualities = List.of("政治素养", "职业道德", "政策观念", "业务综合能力", "心理素质", "务实", "创新");
        assertThat(top).hasSize(7);
        for (int i = 0; i < qualities.size(); i++) {
            assertThat(top.get(i)).contains(qualities.get(i));
        }
    }

    @Test
    void trainingClassPointsIntroducedWithYiYaoBecomeLists() {
        List<Node> nodes = OUTLINE.get(TRAINING_CLASS).nodes();
        assertThat(Fixtures.leads(firstList(nodes.get(0)))).containsExactly("讲党性", "讲宗旨", "讲正气");
        assertThat(Fixtures.leads(firstList(nodes.get(1))))
                .containsExactly("忠于职守、爱岗敬业", "诚实有信、公正办案", "尽职尽力，认真负责", "文明接待，注重实效");
        assertThat(firstList(nodes.get(3)).entries()).hasSize(6);
        assertThat(Fixtures.leads(firstList(nodes.get(3))).get(5)).isEqualTo("带着感情做好群众工作");
    }

    @Test
    void trainingClassThreeAwarenessesAreANestedListUnderTheSecondPoint() {
        ListItem purpose =
                firstList(OUTLINE.get(TRAINING_CLASS).nodes().get(0)).entries().get(1);
        ListBlock awarenesses = purpose.blocks().stream()
                .filter(ListBlock.class::isInstance)
                .map(ListBlock.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(Fixtures.leads(awarenesses)).containsExactly("公仆意识", "服务意识", "法律意识");
    }

    @Test
    void trainingClassFourVisitorTypesAreAListUnderTheLastPsychologyPoint() {
        Node psychology = OUTLINE.get(TRAINING_CLASS).nodes().get(4);
        Node lastPoint = psychology.children().get(3);
        assertThat(lastPoint.heading()).isEqualTo("要区别对待，对症下药");
        ListBlock visitors = firstList(lastPoint);
        assertThat(visitors.entries()).hasSize(4);
        assertThat(Fixtures.leads(visitors))
                .satisfiesExactly(
                        lead -> assertThat(lead).contains("初访"),
                        lead -> assertThat(lead).contains("试探"),
                        lead -> assertThat(lead).contains("情绪激动"),
                        lead -> assertThat(lead).contains("集体上访"));
    }

    @Test
    void trainingClassSixTaboosAreAListOfSixItems() {
        ListBlock taboos = OUTLINE.get(TRAINING_CLASS).nodes().get(4).lists().stream()
                .filter(list -> list.items().contains("接待冷淡"))
                .findFirst()
                .orElseThrow();
        assertThat(taboos.ordered()).isTrue();
        assertThat(taboos.items()).containsExactly("接待冷淡", "态度生硬", "脾气急躁", "消极推诿", "敷衍搪塞", "随意答复");
    }

    @Test
    void trainingClassLearningFromBooksAndFromPracticeAreATwoItemList() {
        ListBlock ways = firstList(OUTLINE.get(TRAINING_CLASS).nodes().get(2));
        assertThat(ways.items()).hasSize(2);
        assertThat(ways.items().get(0)).startsWith("要向书本学习");
        assertThat(ways.items().get(1)).startsWith("要向实践学习，向群众学习");
    }

    @Test
    void trainingClassThreeShiftsOfInnovationAreAList() {
        ListBlock shifts = firstList(OUTLINE.get(TRAINING_CLASS).nodes().get(6));
        assertThat(shifts.items()).hasSize(3);
        assertThat(shifts.items().get(0)).startsWith("由滞后工作向超前工作转变");
    }

    @Test
    void trainingClassWebHeaderAndRepeatedLeadAreGone() {
        String cleaned = CLEANED.get(TRAINING_CLASS);
        assertThat(cleaned).startsWith("在全县信访干部培训班上的辅导讲话\n\n党的十六大");
        assertThat(cleaned).doesNotContain("党建党委", "寂静之音");
        assertThat(count(cleaned, "党的十六大和十六届三中")).isEqualTo(1);
        assertThat(cleaned).contains("接触的社会阴暗面比其他干部多", "让上访者有到“家”之感");
    }

    @Test
    void trainingClassClosingWordsAreSeparatedFromTheLastSection() {
        assertThat(OUTLINE.get(TRAINING_CLASS).closing())
                .singleElement()
                .satisfies(block -> assertThat(((Paragraph) block).text())
                        .startsWith("以上仅是我")
                        .contains("谢谢大家"));
    }

    @Test
    void trainingClassSuggestsTheQualitiesTaboosAndVisitorTypes() {
        List<Tag> tags = DRAFT.get(TRAINING_CLASS).tags().stream()
                .map(TagSuggestion::tag)
                .toList();
        assertThat(tags)
                .contains(
                        Tag.POLITICAL_INTEGRITY,
                        Tag.PROFESSIONAL_ETHICS,
                        Tag.POLICY_AND_LAW,
                        Tag.PROFESSIONAL_COMPETENCE,
                        Tag.PSYCHOLOGICAL_RESILIENCE,
                        Tag.PRAGMATIC_STYLE,
                        Tag.INNOVATION,
                        Tag.COLD_RECEPTION,
                        Tag.HARSH_ATTITUDE,
                        Tag.IMPATIENCE,
                        Tag.CARELESS_PROMISE,
                        Tag.FIRST_TIME,
                        Tag.PROBING,
                        Tag.AGITATED,
                        Tag.COLLECTIVE);
        assertThat(DRAFT.get(TRAINING_CLASS).tags()).allSatisfy(suggestion -> {
            assertThat(suggestion
                            .passage()
                            .codePointCount(0, suggestion.passage().length()))
                    .isLessThanOrEqualTo(80);
            assertThat(suggestion.passage()).isNotBlank();
        });
        TagSuggestion probing = DRAFT.get(TRAINING_CLASS).tags().stream()
                .filter(t -> t.tag() == Tag.PROBING)
                .findFirst()
                .orElseThrow();
        assertThat(probing.passage()).contains("试探");
    }

    // ---- 001: a PDF of one officer's experience ----------------------------------------------------------------

    @Test
    void experiencePdfIsRebuiltIntoParagraphsWithoutTheDownloadSiteDebris() {
        String cleaned = CLEANED.get(EXPERIENCE);
        assertThat(cleaned).startsWith("我的信访工作体会\n\n2001年5月，我从乡镇调到县信访局工作");
        assertThat(cleaned).contains("既无权又无利。这些想法", "“耐得住清贫，守得住寂寞”", "“桥梁纽带”，反映");
        assertThat(cleaned).doesNotContain("E6_88", "建议阅读原文", "详细请访问");
    }

    @Test
    void experienceFiveConditionsBecomeAList() {
        ListBlock conditions = firstList(OUTLINE.get(EXPERIENCE).nodes().get(2));
        assertThat(conditions.items())
                .containsExactly(
                        "有较好的口语表达能力",
                        "有运用政策和法律处理重要信访问题的能力",
                        "有及时化解矛盾和独立办理信访案件的能力",
                        "有灵敏的信息反馈和对信访形势进行科学、全面综合分析的能力",
                        "有一定的组织协调能力");
    }

    // ---- 002: a leader's speech on the six hearts --------------------------------------------------------------

    @Test
    void leaderSpeechSixHeartsAreAListWithTheFiveCausesNestedInTheFirst() {
        Node hearts = OUTLINE.get(LEADER_SPEECH).nodes().get(1);
        ListBlock list = firstList(hearts);
        assertThat(Fixtures.leads(list))
                .containsExactly("接待来访要热心", "听取反映要诚心", "了解情况要细心", "说明解释要耐心", "排忧解难要真心", "处理问题要公心");
        List<Block> insideFirst = list.entries().get(0).blocks();
        assertThat(insideFirst.get(0))
                .isInstanceOfSatisfying(
                        ListBlock.class,
                        causes -> assertThat(causes.items()).hasSize(5).first().isEqualTo("群众心理不平衡"));
        assertThat(insideFirst.get(1))
                .isInstanceOfSatisfying(
                        Paragraph.class, rest -> assertThat(rest.text()).startsWith("基于这些原因"));
    }

    @Test
    void leaderSpeechOpeningPointsAndFourVisitWaysAreLists() {
        Outline outline = OUTLINE.get(LEADER_SPEECH);
        assertThat(outline.intro())
                .anySatisfy(block -> assertThat(block)
                        .isInstanceOfSatisfying(
                                ListBlock.class,
                                list -> assertThat(Fixtures.leads(list))
                                        .containsExactly("连续接访非常需要", "连续接访非常重要", "连续接访非常必要")));
        assertThat(Fixtures.leads(firstList(outline.nodes().get(2)))).containsExactly("开门接访", "主动约访", "带案下访", "上门回访");
        assertThat(outline.closing())
                .singleElement()
                .satisfies(block -> assertThat(((Paragraph) block).text()).startsWith("同志们"));
    }

    // ---- 003: an article on duty capabilities, with Markdown headings -----------------------------------------

    @Test
    void dutyCapabilitiesKeepsTheTitleDropsTheBylineAndLevelsTheSlippedHeading() {
        Outline outline = OUTLINE.get(DUTY_CAPABILITIES);
        assertThat(outline.title()).isEqualTo("信访干部必须增强履职尽责能力");
        assertThat(outline.headings(2)).isEmpty();
        assertThat(DRAFT.get(DUTY_CAPABILITIES).markdown()).doesNotContain("姜金兵");
    }

    @Test
    void dutyCapabilitiesDefinitionsBecomeListsOfTerms() {
        Node first = OUTLINE.get(DUTY_CAPABILITIES).nodes().get(0);
        assertThat(first.lists())
                .extracting(Fixtures::leads)
                .contains(List.of("讲政治", "懂法律", "善表达"), List.of("站稳立场、真诚相待", "换位思考、耐心倾听", "情理并用、春风化雨"));
        assertThat(CLEANED.get(DUTY_CAPABILITIES)).contains("就是要按照宜早不宜迟、宜快不宜慢、宜散不宜聚的原则");
    }

    // ---- 004: an article on the scientific outlook, copied from a website --------------------------------------

    @Test
    void scientificOutlookTakesItsTitleFromTheFirstHeadingAndDropsTheExcerpt() {
        Outline outline = OUTLINE.get(SCIENTIFIC_OUTLOOK);
        assertThat(outline.title()).isEqualTo("做好信访工作，要坚持“以人为本”");
        assertThat(count(CLEANED.get(SCIENTIFIC_OUTLOOK), "学习实践科学发展观，重在贯彻落实")).isEqualTo(1);
        assertThat(CLEANED.get(SCIENTIFIC_OUTLOOK)).contains("宣传对象要突出重点和难点", "从源头上做好信访工作", "有的可以不化一分钱，也能化解");
    }

    @Test
    void scientificOutlookPointsAcrossParagraphsBecomeListsAfterTheirLeadIn() {
        Node groupEvents = OUTLINE.get(SCIENTIFIC_OUTLOOK).nodes().get(3);
        List<Block> blocks = groupEvents.blocks();
        int threeSensitivities = indexOfParagraph(blocks, "提高三性：");
        assertThat(blocks.get(threeSensitivities + 1)).isInstanceOfSatisfying(ListBlock.class, list -> {
            assertThat(list.entries()).hasSize(3);
            assertThat(list.entries().get(2).blocks())
                    .anySatisfy(block -> assertThat(block)
                            .isInstanceOfSatisfying(
                                    ListBlock.class,
                                    methods -> assertThat(Fixtures.leads(methods))
                                            .containsExactly("教育为先", "攻心为上", "综合治理")));
        });
        int fourPriorities = indexOfParagraph(blocks, "抓好四个重点：");
        assertThat(blocks.get(fourPriorities + 1))
                .isInstanceOfSatisfying(
                        ListBlock.class, list -> assertThat(list.entries()).hasSize(4));
    }

    @Test
    void scientificOutlookParallelParagraphsAndThreeHeartsAreLists() {
        Outline outline = OUTLINE.get(SCIENTIFIC_OUTLOOK);
        ListBlock services = firstList(outline.nodes().get(1));
        assertThat(services.ordered()).isFalse();
        assertThat(Fixtures.leads(services)).containsExactly("信访工作要为深化改革服务", "信访工作要为加快发展服务", "信访工作要为维护稳定服务");
        assertThat(Fixtures.leads(firstList(outline.nodes().get(4)))).containsExactly("“公心”", "“诚心”", "“铁心”");
        assertThat(outline.intro())
                .anySatisfy(block -> assertThat(block)
                        .isInstanceOfSatisfying(
                                ListBlock.class,
                                list -> assertThat(list.items())
                                        .containsExactly("树立正确的信访观", "正确把握信访工作规律", "积极探索与信访形势和任务要求相适应的工作机制")));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static ListBlock firstList(Node node) {
        return node.lists().stream().findFirst().orElseThrow(() -> new AssertionError("no list in " + node.heading()));
    }

    private static int indexOfParagraph(List<Block> blocks, String text) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Paragraph paragraph && paragraph.text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
