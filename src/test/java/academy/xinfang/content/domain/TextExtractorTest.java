package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextExtractorTest {

    @Test
    void emphasisLinksAndHeadingMarkupAreRemovedButTheirWordsKept() {
        String text =
                TextExtractor.plainText("## 学习目标 {#objectives}\n\n**热心**接待，见[条例](https://example.com/a)第*二十*条。\n");

        assertThat(text).isEqualTo("学习目标 热心接待，见条例第二十条。");
    }

    @Test
    void chineseTextAndFullWidthPunctuationAreKeptAsWritten() {
        assertThat(TextExtractor.plainText("宜早不宜迟、宜快不宜慢、宜散不宜聚。")).isEqualTo("宜早不宜迟、宜快不宜慢、宜散不宜聚。");
    }

    @Test
    void htmlTagsAreRemovedAndScriptBodiesDropped() {
        String text = TextExtractor.plainText(
                "前<b>群众</b>后<script>alert(1)</script>尾\n\n<div class=\"x\">块<style>p{}</style></div>\n");

        assertThat(text).isEqualTo("前群众后尾 块");
    }

    @Test
    void fencedCodeBlockIsLeftOutButInlineCodeWordsStay() {
        String text = TextExtractor.plainText("用`[TOC]`生成目录。\n\n```\n!!! warning \"示例\"\n```\n\n完。\n");

        assertThat(text).isEqualTo("用[TOC]生成目录。 完。");
    }

    @Test
    void tableCellsListItemsAndParagraphsAreSeparatedBySingleSpaces() {
        String text = TextExtractor.plainText("| 忌 | 心 |\n|---|---|\n| 冷淡 | 热心 |\n\n- 一\n- 二\n\n段落\n第二行\n");

        assertThat(text).isEqualTo("忌 心 冷淡 热心 一 二 段落 第二行");
    }

    @Test
    void admonitionTitleAndBodyAreKept() {
        String text = TextExtractor.plainText("!!! warning \"忌：接待冷淡\"\n    表现：低头看手机。\n");

        assertThat(text).isEqualTo("忌：接待冷淡 表现：低头看手机。");
    }

    @Test
    void footnoteNumberIsDroppedButFootnoteTextKept() {
        String text = TextExtractor.plainText("代表[^1]。\n\n[^1]: 不超过5人。\n");

        assertThat(text).isEqualTo("代表。 不超过5人。");
    }

    @Test
    void tocMarkerAndHeadingAttributesLeaveNoTrace() {
        assertThat(TextExtractor.plainText("[TOC]\n\n## 总览 {#overview}\n")).isEqualTo("总览");
    }

    @Test
    void entitiesAndBackslashEscapesAreDecoded() {
        assertThat(TextExtractor.plainText("A &amp; B \\*不是强调\\*")).isEqualTo("A & B *不是强调*");
    }

    @Test
    void nullAndBlankGiveEmptyText() {
        assertThat(TextExtractor.plainText(null)).isEmpty();
        assertThat(TextExtractor.plainText(" \n\t")).isEmpty();
    }
}
