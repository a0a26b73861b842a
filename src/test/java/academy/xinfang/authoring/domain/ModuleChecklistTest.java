package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.authoring.domain.ModuleChecklist.Missing;
import org.junit.jupiter.api.Test;

class ModuleChecklistTest {

    @Test
    void aModuleWithObjectivesAnExampleAndASelfCheckLacksNothing() {
        String module = """
                ---
                id: m
                ---
                ## 学习目标 {#objectives}
                ## 要点 {#points}
                ## 案例：初次来访 {#example-first-visit}
                ## 自我检测 {#self-check}
                """;

        assertThat(ModuleChecklist.missing(module)).isEmpty();
    }

    @Test
    void aConvertedSpeechWithOnlyKeyPointsLacksAllThreeInTheReadmesOrder() {
        assertThat(ModuleChecklist.missing("## 热情接待 {#warm}\n\n正文。\n"))
                .containsExactly(Missing.OBJECTIVES, Missing.EXAMPLE, Missing.SELF_CHECK);
    }

    @Test
    void anIdMentionedInTheTextOrOnADeeperHeadingDoesNotCount() {
        String module = "## 学习目标 {#objectives}\n\n见 {#self-check} 一节。\n\n### 案例 {#example-a}\n";

        assertThat(ModuleChecklist.missing(module)).containsExactly(Missing.EXAMPLE, Missing.SELF_CHECK);
    }

    @Test
    void aRestoredLineBecomesTheFirstParagraphAfterTheFrontMatter() {
        assertThat(ModuleChecklist.withParagraphFirst("---\nid: m\n---\n\n## 正文 {#a}\n", "恢复的行"))
                .isEqualTo("---\nid: m\n---\n\n恢复的行\n\n## 正文 {#a}\n");
        assertThat(ModuleChecklist.withParagraphFirst("## 正文 {#a}\n", "恢复的行")).isEqualTo("恢复的行\n\n## 正文 {#a}\n");
    }
}
