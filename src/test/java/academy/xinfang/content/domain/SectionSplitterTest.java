package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    @Test
    void cutsAtEachLevelTwoHeadingKeepingTheHeadingWithItsSection() {
        Map<String, String> parts = SectionSplitter.split(
                "<p>前言</p><h2 id=\"a\">甲</h2><p>一</p><h3 id=\"x\">小</h3><p>二</p><h2 id=\"b\">乙</h2><p>三</p>");
        assertThat(parts.keySet()).containsExactly("intro", "a", "b");
        assertThat(parts.get("a")).isEqualTo("<h2 id=\"a\">甲</h2><p>一</p><h3 id=\"x\">小</h3><p>二</p>");
        assertThat(parts.get("b")).startsWith("<h2 id=\"b\">").endsWith("<p>三</p>");
    }

    @Test
    void noIntroWhenTheBodyStartsWithAHeading() {
        assertThat(SectionSplitter.split("<h2 id=\"only\">唯一</h2><p>内容</p>").keySet()).containsExactly("only");
    }

    @Test
    void splitsTheRealRendererOutputByTheModuleSectionIds() {
        String html = new MarkdownRenderer().render("## 学习目标 {#objectives}\n\n文字\n\n## 案例 {#example-one}\n\n对话\n");
        assertThat(SectionSplitter.split(html).keySet()).containsExactly("objectives", "example-one");
    }
}
