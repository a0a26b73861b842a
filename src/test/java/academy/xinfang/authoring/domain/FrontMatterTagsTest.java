package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTagsTest {

    private static final String MODULE =
            "---\nid: m\ntags: [PATIENCE, COLD_RECEPTION]  # 选好的\nsources: []\n---\n\n## 正文 {#body}\n";

    @Test
    void readsAFlowListInTheOrderWritten() {
        assertThat(FrontMatterTags.read(MODULE)).containsExactly(Tag.PATIENCE, Tag.COLD_RECEPTION);
    }

    @Test
    void readsABlockListAndSkipsNamesThatAreNotTags() {
        String module = "---\nid: m\ntags:\n  - FIRST_TIME\n  - \"NOT_A_TAG\"\n  - WARMTH\nsources: []\n---\n";

        assertThat(FrontMatterTags.read(module)).containsExactly(Tag.FIRST_TIME, Tag.WARMTH);
    }

    @Test
    void writingReplacesOnlyTheTagsLineInGlossaryOrder() {
        String written = FrontMatterTags.withTags(MODULE, List.of(Tag.FIRST_TIME, Tag.POLITICAL_INTEGRITY));

        assertThat(written)
                .isEqualTo("---\nid: m\ntags: [POLITICAL_INTEGRITY, FIRST_TIME]\nsources: []\n---\n\n## 正文 {#body}\n");
        assertThat(FrontMatterTags.read(written)).containsExactly(Tag.POLITICAL_INTEGRITY, Tag.FIRST_TIME);
    }

    @Test
    void writingReplacesABlockListAndAddsAMissingField() {
        assertThat(FrontMatterTags.withTags("---\ntags:\n  - WARMTH\nid: m\n---\n", List.of()))
                .isEqualTo("---\ntags: []\nid: m\n---\n");
        assertThat(FrontMatterTags.withTags("---\nid: m\n---\n", List.of(Tag.AGITATED)))
                .isEqualTo("---\nid: m\ntags: [AGITATED]\n---\n");
        assertThat(FrontMatterTags.withTags("没有前言", List.of(Tag.AGITATED))).isEqualTo("没有前言");
    }

    @Test
    void plainPhrasesSuggestTheirTaboosAndVisitorTypes() {
        assertThat(TagScanner.scan("接待中切忌冷落群众。群众第一次来信访，心里没底。"))
                .extracting(TagSuggestion::tag)
                .contains(Tag.COLD_RECEPTION, Tag.FIRST_TIME);
    }
}
