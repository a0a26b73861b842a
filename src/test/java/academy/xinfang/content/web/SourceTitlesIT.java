package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Learners never see internal file names: every shipped module page and its print view show their sources by title,
 * search does not find a module by a source's file name, and a course lists the final exam by its title, not its key.
 */
class SourceTitlesIT extends ServerTest {
    private static final List<String> FILE_NAMES = List.of(
            "000_f99291dc47152688",
            "001_f2abc3a84fab0f7d",
            "002_a0a2e6076a72926c",
            "003_1a121cf9487db462",
            "004_bbc0d235fbab96cb",
            "xinfang-work-regulations-2022",
            ".txt");

    @Test
    void noModulePageOrPrintViewShowsASourceFileNameAndEachShowsTheTitles() throws IOException {
        List<String> ids = moduleIds();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(13);
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("来源学员", null, "OFFICER"), Fixtures.PASSWORD);
            for (String id : ids) {
                HtmlPage page = officer.get("/learn/module.xhtml?id=" + id);
                String html = page.asXml();
                for (String name : FILE_NAMES) {
                    assertThat(html).as("module %s shows %s", id, name).doesNotContain(name);
                }
                assertThat(page.getElementById("moduleSources"))
                        .as("sources line of %s", id)
                        .isNotNull();
                assertThat(page.getElementById("moduleSources").asNormalizedText())
                        .startsWith("来源：");

                HtmlPage print = officer.get("/learn/print.xhtml?id=" + id);
                for (String name : FILE_NAMES) {
                    assertThat(print.asXml())
                            .as("print view of %s shows %s", id, name)
                            .doesNotContain(name);
                }
            }
            HtmlPage basics = officer.get("/learn/module.xhtml?id=petition-basics");
            assertThat(basics.getElementById("moduleSources").asNormalizedText())
                    .contains("《信访工作条例》（2022年）")
                    .contains("某县信访干部培训班辅导讲话");
        }
    }

    @Test
    void searchingForASourceFileNameFindsNoModule() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("搜索学员", null, "OFFICER"), Fixtures.PASSWORD);
            for (String query : List.of("000_f99291dc47152688", "f99291dc", "xinfang-work-regulations", ".txt")) {
                HtmlPage found =
                        officer.get("/learn/catalogue.xhtml?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
                assertThat(found.querySelectorAll("[id^='card-']"))
                        .as("modules found for %s", query)
                        .isEmpty();
            }
            HtmlPage control =
                    officer.get("/learn/catalogue.xhtml?q=" + URLEncoder.encode("踢皮球", StandardCharsets.UTF_8));
            assertThat(control.getElementById("card-six-taboos"))
                    .as("search itself works")
                    .isNotNull();
        }
    }

    @Test
    void aCourseListsTheFinalExamByItsTitleNotItsKey() {
        String officer = fixtures.user("复训学员", null, "OFFICER");
        Browser admin = fixtures.admin();
        HtmlPage page = admin.get("/admin/courses.xhtml");
        Browser.select(page, "assignForm:course", "信访干部年度复训");
        Browser.select(page, "assignForm:kind", Bundle.zh("admin.courses.kind.OFFICER"));
        Browser.type(page, "assignForm:username", officer);
        Browser.type(page, "assignForm:start", "2026-01-01");
        Browser.type(page, "assignForm:deadline", "2037-12-31");
        HtmlPage saved = admin.click(page.getHtmlElementById("assignForm:save"));
        assertThat(saved.getElementById("messages").asNormalizedText()).contains(Bundle.zh("progress.assigned"));
        try (Browser learner = new Browser(server)) {
            learner.login(officer, Fixtures.PASSWORD);
            HtmlPage mine = learner.get("/learn/courses.xhtml");
            String item =
                    mine.getElementById("item-annual-refresher-quiz-final-exam").asNormalizedText();
            assertThat(item).contains("结业考试").doesNotContain("final-exam");
        }
    }

    private static List<String> moduleIds() {
        Pattern id = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");
        return TestFiles.list(Path.of("content"), ".md").stream()
                .filter(p -> !p.endsWith("README.md"))
                .map(p -> {
                    Matcher m = id.matcher(TestFiles.read(p));
                    return m.find() ? m.group(1) : null;
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
