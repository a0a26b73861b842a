package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SpeechConverter#clean}: what is not the speech goes, the speech itself stays word for word. */
class SpeechCleanerTest {

    @Test
    void webPageHeaderFooterAndFurnitureAreRemoved() {
        String cleaned = SpeechConverter.clean(Fixtures.text("web-page.txt"));
        assertThat(cleaned)
                .doesNotContain("来源", "作者", "发布时间", "点击", "本文转自", "责任编辑", "【打印】", "上一篇", "下一篇", "免费下载", "www.", "工作总结");
        assertThat(cleaned).contains("接待群众要热心，倾听诉求要耐心，不能接待冷淡，更不能态度生硬。");
    }

    @Test
    void truncatedExcerptGluedToTheTitleAndTheTitleWithItsCategoryAreRemoved() {
        String cleaned = SpeechConverter.clean(Fixtures.text("web-page.txt"));
        assertThat(cleaned).startsWith("关于做好新时期接访工作的几点思考\n\n接访工作是党委政府联系群众的窗口");
        assertThat(cleaned.split("接访工作是党委政府联系群众的窗口", -1)).hasSize(2);
    }

    @Test
    void sameLeadParagraphTwiceAtTheStartIsKeptOnce() {
        String cleaned = SpeechConverter.clean("讲话\n这是开场白，讲清楚今天为什么要开这个会。\n这是开场白，讲清楚今天为什么要开这个会。\n一、正文\n内容。");
        assertThat(cleaned).isEqualTo("讲话\n\n这是开场白，讲清楚今天为什么要开这个会。\n\n一、正文\n\n内容。");
    }

    @Test
    void titleRepeatedAsTheStartOfAWebExcerptIsRemoved() {
        String cleaned = SpeechConverter.clean("做好信访工作\n做好信访工作信访工作是一项政治性很强的群众工作，必须……\n" + "信访工作是一项政治性很强的群众工作，必须高度重视。");
        assertThat(cleaned).isEqualTo("做好信访工作\n\n信访工作是一项政治性很强的群众工作，必须高度重视。");
    }

    @Test
    void pdfLinesBrokenInMidSentenceAreJoinedAndPageNumbersDropped() {
        String cleaned = SpeechConverter.clean(Fixtures.text("pdf-extract.txt"));
        assertThat(cleaned.split("\n\n"))
                .containsExactly(
                        "接访工作中的几点体会",
                        "我在县信访局从事接访工作已经五年多了，接待过各种各样的来访群众，也处理过不少棘手的信访问题，积累了一些粗浅的体会，" + "在这里和大家交流，不当之处请批评指正。",
                        "一、要把群众当亲人。来访群众大多是遇到了自己解决不了的难题，才走进信访部门的大门。我们要设身处地为群众着想，做到热" + "心接待、耐心倾听，让群众感到信访部门是说理的地方。",
                        "二、要把政策讲清楚。群众对政策有疑问，往往是因为没有人把政策讲透。我们要熟悉相关法律法规，用群众听得懂的话解释政策，" + "既不随意表态，也不敷衍塞责。");
    }

    @Test
    void longLineBrokenAcrossABlankLineIsJoinedButATitleIsNot() {
        String cleaned = SpeechConverter.clean(
                "信访工作体会\n\n提高应急处置力，就是要在突发事件面前保持清醒头脑，按照预案有条不紊地开展工作，就是要按\n\n" + "照宜早不宜迟的原则快速反应。\n下一段。");
        assertThat(cleaned)
                .isEqualTo("信访工作体会\n\n提高应急处置力，就是要在突发事件面前保持清醒头脑，按照预案有条不紊地开展工作，就是要按" + "照宜早不宜迟的原则快速反应。\n\n下一段。");
    }

    @Test
    void shortLineWithoutPunctuationIsNotJoinedToTheNextLine() {
        assertThat(SpeechConverter.clean("六要有务实的作风\n实事求是是我们党的思想路线。")).isEqualTo("六要有务实的作风\n\n实事求是是我们党的思想路线。");
    }

    @Test
    void headingLineIsNotJoinedToItsFirstParagraph() {
        assertThat(SpeechConverter.clean("一、必须解开信访工作的“思想扣”\n二、必须当好信访群众的“心上人”\n三、必须种好信访稳定的“责任田”\n正文。"))
                .startsWith("一、必须解开信访工作的“思想扣”\n\n二、");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "信 访 工 作 要 热 心|信访工作要热心",
                "信　访　工　作|信访工作",
                "第 3 页 的 内 容|第3页的内容",
                "我们　要　在 2024 年完成|我们要在2024年完成",
                "使用 PDF 格式|使用 PDF 格式",
            })
    void spacesBetweenChineseCharactersAreRemovedButNotBetweenLatinWords(String raw, String expected) {
        assertThat(SpeechConverter.clean(raw)).isEqualTo(expected);
    }

    @Test
    void halfWidthPunctuationInChineseTextBecomesFullWidthAndStraightQuotesPairUp() {
        assertThat(SpeechConverter.clean("信访部门是\"清水衙门\",既无权又无利;我们要有\"干一行,爱一行\"的精神:就这样!"))
                .isEqualTo("信访部门是“清水衙门”，既无权又无利；我们要有“干一行，爱一行”的精神：就这样！");
    }

    @Test
    void fullWidthSpacesDigitsAndInvisibleCharactersAreNormalised() {
        assertThat(SpeechConverter.clean("\uFEFF　　２０２４年，我们\u200B接待了１２３批群众。")).isEqualTo("2024年，我们接待了123批群众。");
    }

    @Test
    void runsOfBlankLinesCollapseToOne() {
        assertThat(SpeechConverter.clean("第一段。\r\n\r\n\r\n\r\n第二段。\r\n   \r\n第三段。"))
                .isEqualTo("第一段。\n\n第二段。\n\n第三段。");
    }

    @Test
    void htmlTagsEntitiesBookmarksAndEscapedQuotesAreRemoved() {
        assertThat(SpeechConverter.clean("[bookmark: _Toc1]<p>让上访者有到\\\"家\\\"之感&nbsp;，为接待来访创造良好的气氛。</p></"))
                .isEqualTo("让上访者有到“家”之感，为接待来访创造良好的气氛。");
    }

    @Test
    void entitiesAreDecodedByTheHtml5TableNotJustACommonFew() {
        assertThat(SpeechConverter.clean("甲&ldquo;乙&rdquo;&hellip;丙&mdash;丁&#65;&#x4E01;&times;2&emsp;戊&#7;己&nosuch;"))
                .isEqualTo("甲“乙”…丙—丁A丁×2戊己&nosuch;");
    }

    @Test
    void urlBrokenBySpacesInAPdfIsRemovedWithTheTextAfterItKept() {
        assertThat(SpeechConverter.clean(
                        "https://www.example.com/kao/2021__E6_88_91_E 7 9A 84 E4 c25 242362.htm 2001年5月，我调到县信访局工作。"))
                .isEqualTo("2001年5月，我调到县信访局工作。");
    }

    @Test
    void markdownLinksAndImagesKeepOnlyTheirText() {
        assertThat(SpeechConverter.clean("见[信访工作条例](https://example.com/law.html)第五条和![示意图](a.png)。"))
                .isEqualTo("见信访工作条例第五条和示意图。");
    }

    @Test
    void footerSentenceGluedToTheEndOfAParagraphIsRemoved() {
        assertThat(SpeechConverter.clean("才能提升社会秩序的“稳定系数”。本文转自公文大全")).isEqualTo("才能提升社会秩序的“稳定系数”。");
    }

    @Test
    void speechTextThatMerelyStartsLikeMetadataIsKept() {
        assertThat(SpeechConverter.clean("信访来源于群众，它们的主体是人。\n来源于基层的问题要在基层解决。"))
                .isEqualTo("信访来源于群众，它们的主体是人。\n\n来源于基层的问题要在基层解决。");
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = SpeechConverter.clean(Fixtures.text("web-page.txt") + "\n" + Fixtures.text("pdf-extract.txt"));
        assertThat(SpeechConverter.clean(once)).isEqualTo(once);
    }
}
