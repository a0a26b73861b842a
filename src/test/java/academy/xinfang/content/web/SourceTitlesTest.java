package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SourceTitlesTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void knownSourceFilesAreShownByTheirTitlesInBothLanguages() {
        List<String> sources = List.of("xinfang-work-regulations-2022.md", "000_f99291dc47152688.txt");

        assertThat(SourceTitles.titles(sources, ZH)).containsExactly("《信访工作条例》（2022年）", "某县信访干部培训班辅导讲话");
        assertThat(SourceTitles.titles(sources, Locale.ENGLISH))
                .containsExactly(
                        "Regulations on Petition Work (2022)",
                        "Lecture at a county training course for petition officers");
        assertThat(SourceTitles.line(sources, ZH)).isEqualTo("《信访工作条例》（2022年）、某县信访干部培训班辅导讲话");
    }

    @Test
    void anUnknownFileNameIsNeverShownButANamedSpeechIs() {
        List<String> titles = SourceTitles.titles(List.of("999_0123456789abcdef.txt", "讲稿.docx", "在全县信访工作会议上的讲话"), ZH);

        assertThat(titles).containsExactly("其他培训材料", "在全县信访工作会议上的讲话");
        assertThat(String.join("", titles)).doesNotContain(".txt", ".docx", "0123456789abcdef");
    }

    @Test
    void noSourcesMakeAnEmptyLine() {
        assertThat(SourceTitles.line(List.of(), ZH)).isEmpty();
        assertThat(SourceTitles.titles(null, ZH)).isEmpty();
    }
}
