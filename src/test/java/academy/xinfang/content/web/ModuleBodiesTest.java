package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.content.application.ModuleContent;
import academy.xinfang.content.application.ModuleContent.SectionContent;
import academy.xinfang.content.application.ReadingView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module body is built once per version and language and is the same for every officer; what is theirs (read
 * sections, time left) is the reading panel, built from their view in the page's language.
 */
class ModuleBodiesTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static ModuleContent module(long versionId) {
        return new ModuleContent(
                versionId,
                3L,
                "six-taboos",
                1,
                "六忌",
                "summary",
                List.of(),
                5,
                Set.of(),
                List.of(),
                List.of("guideline"),
                List.of(
                        new SectionContent("", "", "<p>导言</p>", 600),
                        new SectionContent("one", "一忌", "<p>正文</p>", 1200)),
                "导言 正文");
    }

    @Test
    void buildsTheBodyOncePerVersionAndLanguage() {
        ModuleBodies bodies = new ModuleBodies();
        ModuleContent v1 = module(10L);

        String first = bodies.html(v1, ZH);

        assertThat(bodies.html(v1, ZH)).isSameAs(first);
        assertThat(bodies.html(v1, Locale.ENGLISH)).isNotEqualTo(first).contains("✓ Read");
        assertThat(first)
                .contains("<section class=\"module-section\" data-section=\"one\"><p>正文</p>")
                .contains("<div class=\"section-end\" data-section=\"one\"><span class=\"did\">✓ 已读</span>")
                .contains("id=\"moduleSources\"")
                .doesNotContain("done");
    }

    @Test
    void thePanelSaysWhatThisOfficerHasReadAndHowLongTheRestTakes() {
        Map<String, Long> left = new LinkedHashMap<>();
        left.put("", 0L);
        left.put("one", 150_000L);
        ReadingView view = new ReadingView(module(10L), Set.of(""), "one", 125, left);

        ReadingPanel panel = ReadingPanel.of(view, ZH);

        assertThat(panel.percent()).isEqualTo(50);
        assertThat(panel.progressText()).isEqualTo("已读 50%");
        assertThat(panel.spentText()).isEqualTo("已学习 2 分钟");
        assertThat(panel.leftText()).isEqualTo("还需阅读约 3 分钟");
        assertThat(panel.sections())
                .extracting(ReadingPanel.Row::title, ReadingPanel.Row::read, ReadingPanel.Row::leftText)
                .containsExactly(tuple("导言", true, null), tuple("一忌", false, "（约 3 分钟）"));
        assertThat(panel.json().toString())
                .contains("\"status\":\"SAVED\"", "\"percent\":50", "\"key\":\"one\",\"read\":false,\"left\":150000");
    }

    @Test
    void aModuleReadToTheEndHasNoTimeLeft() {
        ReadingView view = new ReadingView(module(10L), Set.of("", "one"), "one", 600, Map.of("", 0L, "one", 0L));

        ReadingPanel panel = ReadingPanel.of(view, Locale.ENGLISH);

        assertThat(panel.percent()).isEqualTo(100);
        assertThat(panel.leftText()).isNull();
        assertThat(panel.json().getString("left")).isEmpty();
    }
}
