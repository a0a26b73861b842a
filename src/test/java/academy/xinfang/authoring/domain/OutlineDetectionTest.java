package academy.xinfang.authoring.domain;

import static academy.xinfang.authoring.domain.Fixtures.leads;
import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.authoring.domain.Outline.Block;
import academy.xinfang.authoring.domain.Outline.ListBlock;
import academy.xinfang.authoring.domain.Outline.Node;
import academy.xinfang.authoring.domain.Outline.Paragraph;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SpeechConverter#outline}: headings and points as a human reader sees them, on made-up edge cases. */
class OutlineDetectionTest {

    private static Outline outline(String text) {
        return SpeechConverter.outline(SpeechConverter.clean(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "讲话\n一、提高认识\n正文一。\n二、改进作风\n正文二。",
                "讲话\n一.提高认识\n正文一。\n二．改进作风\n正文二。",
                "讲话\n一、 提高认识\n正文一。\n二 、改进作风\n正文二。",
                "讲话\n第一部分 提高认识\n正文一。\n第二部分 改进作风\n正文二。",
                "讲话\n首先，提高认识。正文一。\n其次，改进作风。正文二。",
                "讲话\n第一，提高认识。正文一。\n第二，改进作风。正文二。",
                "讲话\n1. 提高认识。正文一。\n2. 改进作风。正文二。",
                "讲话\n1、提高认识\n正文一。\n2、改进作风\n正文二。",
                "讲话\n# 提高认识\n正文一。\n# 改进作风\n正文二。",
            })
    void numberedHeadingsInFullOrHalfWidthPunctuationAreTopLevelSections(String text) {
        Outline outline = outline(text);
        assertThat(outline.title()).isEqualTo("讲话");
        assertThat(outline.headings(1)).containsExactly("提高认识", "改进作风");
        assertThat(outline.nodes().get(1).blocks()).containsExactly(new Paragraph("正文二。"));
    }

    @Test
    void headingFollowedByBodyOnTheSameLineIsSplitAtTheFirstFullStop() {
        Node first = outline("讲话\n一、提高认识。接下来的正文说明为什么。\n二、改进作风。正文。").nodes().get(0);
        assertThat(first.heading()).isEqualTo("提高认识");
        assertThat(first.blocks()).containsExactly(new Paragraph("接下来的正文说明为什么。"));
    }

    @Test
    void traditionalCharactersAreHandledLikeSimplified() {
        Outline outline = outline(Fixtures.text("traditional.txt"));
        assertThat(outline.title()).isEqualTo("接訪工作要點");
        assertThat(outline.headings(1)).containsExactly("提高認識", "改進作風", "完善機制");
        List<String> tags =
                SpeechConverter.convert(Fixtures.text("traditional.txt"), "t.txt", SplitMode.ONE_MODULE)
                        .get(0)
                        .tags()
                        .stream()
                        .map(t -> t.tag().name())
                        .toList();
        assertThat(tags)
                .contains(
                        "WARMTH",
                        "PATIENCE",
                        "CAREFULNESS",
                        "HARSH_ATTITUDE",
                        "BUCK_PASSING",
                        "COLLECTIVE",
                        "LONG_TERM",
                        "SINCERITY");
    }

    @Test
    void nestedNumberingGetsDeeperLevelsInTheOrderItAppears() {
        Outline outline = outline("讲话\n一、加强学习\n（一）学理论\n理论正文。\n(二)学业务\n业务正文。\n二、改进作风\n（一）转变态度\n态度正文。");
        assertThat(outline.headings(1)).containsExactly("加强学习", "改进作风");
        assertThat(outline.headings(2)).containsExactly("学理论", "学业务", "转变态度");
        assertThat(outline.nodes().get(0).children()).extracting(Node::level).containsOnly(2);
    }

    @Test
    void shortConsecutiveArabicPointsAreAListNotHeadings() {
        Outline outline = outline("讲话\n一、工作要求\n要做到以下几点：\n1．学理论\n2．学业务\n3．学方法\n二、改进作风\n正文。");
        assertThat(outline.headings(2)).isEmpty();
        assertThat(outline.nodes().get(0).blocks())
                .containsExactly(new Paragraph("要做到以下几点："), list(true, "学理论", "学业务", "学方法"));
    }

    @Test
    void textWithoutNumberingIsOneSectionTitledByItsFirstLine() {
        Outline outline = outline("关于做好接访工作的几点体会\n接访是群众工作。我们要热心。\n第二段正文，没有编号。");
        assertThat(outline.title()).isEqualTo("关于做好接访工作的几点体会");
        assertThat(outline.intro()).isEmpty();
        assertThat(outline.nodes()).singleElement().satisfies(node -> {
            assertThat(node.heading()).isEqualTo("关于做好接访工作的几点体会");
            assertThat(node.blocks()).containsExactly(new Paragraph("接访是群众工作。我们要热心。"), new Paragraph("第二段正文，没有编号。"));
        });
    }

    @Test
    void titleIsTakenFromTheFirstHeadingWhenTheTextOpensWithAParagraph() {
        Outline outline = outline("今天我们开会，讲三点意见。\n一、提高认识\n正文。\n二、改进作风\n正文。");
        assertThat(outline.title()).isEqualTo("提高认识");
        assertThat(outline.intro()).containsExactly(new Paragraph("今天我们开会，讲三点意见。"));
    }

    @Test
    void oneGiantParagraphWithYiShiErShiBecomesLeadInListAndRest() {
        Outline outline = outline("标题\n我们要做好接访工作，一是要热心接待，让群众感到温暖；二是要耐心倾听，不打断群众；" + "三是要细心调查，把情况弄清楚。这样才能赢得信任。");
        assertThat(outline.nodes().get(0).blocks())
                .containsExactly(
                        new Paragraph("我们要做好接访工作，"),
                        list(true, "要热心接待，让群众感到温暖", "要耐心倾听，不打断群众", "要细心调查，把情况弄清楚"),
                        new Paragraph("这样才能赢得信任。"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"一要", "一是", "一忌", "一看"})
    void everyKindOfInlineEnumerationBecomesAList(String first) {
        String second = "二" + first.substring(1);
        String third = "三" + first.substring(1);
        Outline outline = outline("标题\n接访有三条：" + first + "态度，" + second + "方法，" + third + "效果。");
        assertThat(outline.lists())
                .singleElement()
                .satisfies(list -> assertThat(list.entries()).hasSize(3));
    }

    @Test
    void yiFangMianAndLingYiFangMianBecomeATwoItemList() {
        Outline outline = outline("标题\n要做到两方面：一方面，保持清醒头脑；另一方面，注意吃透情况。");
        assertThat(outline.lists())
                .singleElement()
                .satisfies(list -> assertThat(list.items()).containsExactly("保持清醒头脑", "注意吃透情况"));
    }

    @Test
    void numberingInsideQuotationMarksIsNeitherHeadingNorList() {
        Outline outline = outline("讲话\n老张说：“一是要学习，二是要实践，三是要总结。”大家都同意。\n“一、提高认识”是上次会议的题目。");
        assertThat(outline.lists()).isEmpty();
        assertThat(outline.nodes())
                .singleElement()
                .satisfies(node -> assertThat(node.heading()).isEqualTo("讲话"));
    }

    @Test
    void citationOfAnArticleIsNotAHeading() {
        Outline outline = outline("讲话\n根据第一条规定，信访人应当如实反映情况。\n第一条规定了立法目的。\n第二条规定了适用范围。");
        assertThat(outline.headings(1)).containsExactly("讲话");
        assertThat(outline.lists()).isEmpty();
    }

    @Test
    void wordsThatContainNumeralsAreNotPoints() {
        Outline outline = outline("讲话\n统一是前提，唯一是关键，这是第一要务。让他们把问题一五一十地讲完，一般来说就好了。二是不行的。");
        assertThat(outline.lists()).isEmpty();
    }

    @Test
    void pointsInSeparateParagraphsBecomeOneListWithItsLeadInKept() {
        Outline outline = outline("讲话\n抓好四个重点：一要抓问题。问题正文。\n二要抓区域。区域正文。\n三要抓时段。时段正文。");
        List<Block> blocks = outline.nodes().get(0).blocks();
        assertThat(blocks.get(0)).isEqualTo(new Paragraph("抓好四个重点："));
        assertThat(leads((ListBlock) blocks.get(1))).containsExactly("抓问题", "抓区域", "抓时段");
    }

    @Test
    void lastPointHiddenAtTheEndOfTheThirdParagraphStartsItsOwnHeading() {
        Outline outline = outline("讲话\n首先，要尊重。尊重正文。\n其次，要热情。热情正文。\n第三，要诚恳。诚恳正文。最后，要区别对待。\n对待甲。甲正文。");
        assertThat(outline.headings(1)).containsExactly("要尊重", "要热情", "要诚恳", "要区别对待");
    }

    @Test
    void numberedLineWhoseSeparatorWasLostStillContinuesTheTopLevelSequence() {
        Outline outline = outline("讲话\n一、要有素养\n正文。\n二、要有道德\n正文。\n三要有务实的作风\n正文。\n四、要有创新精神\n正文。");
        assertThat(outline.headings(1)).containsExactly("要有素养", "要有道德", "要有务实的作风", "要有创新精神");
    }

    @Test
    void threeParallelParagraphsOpeningAlikeBecomeABulletList() {
        Outline outline = outline("讲话\n对待初访者。要和蔼。\n对待试探者。要坚定。\n对待激动者。要耐心。\n其他内容。");
        List<Block> blocks = outline.nodes().get(0).blocks();
        assertThat(blocks.get(0)).isInstanceOfSatisfying(ListBlock.class, list -> {
            assertThat(list.ordered()).isFalse();
            assertThat(leads(list)).containsExactly("对待初访者", "对待试探者", "对待激动者");
        });
        assertThat(blocks.get(1)).isEqualTo(new Paragraph("其他内容。"));
    }

    @Test
    void definitionsOfTermsBecomeABulletListOfTerms() {
        Outline outline = outline("讲话\n讲政治是根本、懂法律是前提。讲政治，就是要站稳立场。懂法律，就是要学法用法。");
        assertThat(outline.lists()).singleElement().satisfies(list -> {
            assertThat(list.ordered()).isFalse();
            assertThat(leads(list)).containsExactly("讲政治", "懂法律");
        });
    }

    @Test
    void markdownInputKeepsItsHeadingsAndBulletsAndDropsTheBylineUnderTheTitle() {
        Outline outline = outline("# 接访要点\n\n## 王小明\n\n导语。\n\n## 态度\n\n- 热心\n- 耐心\n\n## 方法\n\n### 调查\n\n正文。");
        assertThat(outline.title()).isEqualTo("接访要点");
        assertThat(outline.headings(1)).containsExactly("态度", "方法");
        assertThat(outline.headings(2)).containsExactly("调查");
        assertThat(outline.nodes().get(0).blocks()).containsExactly(list(false, "热心", "耐心"));
    }

    @Test
    void closingWordsToTheAudienceAreSeparated() {
        Outline outline = outline("讲话\n一、提高认识\n正文。\n二、改进作风\n正文。\n同志们，让我们共同努力！");
        assertThat(outline.closing()).containsExactly(new Paragraph("同志们，让我们共同努力！"));
        assertThat(outline.nodes().get(1).blocks()).containsExactly(new Paragraph("正文。"));
    }

    private static ListBlock list(boolean ordered, String... items) {
        return new ListBlock(
                ordered,
                Arrays.stream(items)
                        .map(item -> new Outline.ListItem("", item, List.of()))
                        .toList());
    }
}
