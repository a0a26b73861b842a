package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ReadingPages;
import academy.xinfang.testing.ServerTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The curriculum imported at startup, read through the real server: catalogue, filters, search, progress, print. */
class ReaderIT extends ServerTest {
    @Test
    void catalogueListsTheCurriculumAndFiltersByTagAndChineseSearch() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("目录学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage all = officer.get("/learn/catalogue.xhtml");
            assertThat(all.getElementById("cards").getElementsByTagName("li").size())
                    .isGreaterThanOrEqualTo(13);
            assertThat(all.getElementById("card-six-taboos")).isNotNull();

            HtmlPage taboo = officer.get("/learn/catalogue.xhtml?tag=BUCK_PASSING");
            assertThat(taboo.getElementById("card-six-taboos")).isNotNull();
            assertThat(taboo.getElementById("card-quality-innovation")).isNull();

            HtmlPage search =
                    officer.get("/learn/catalogue.xhtml?q=" + URLEncoder.encode("踢皮球", StandardCharsets.UTF_8));
            assertThat(search.getElementById("card-six-taboos")).isNotNull();
            assertThat(search.getElementById("card-six-taboos").asNormalizedText())
                    .contains("踢皮球");
            assertThat(search.getElementById("card-petition-basics")).isNull();
        }
    }

    @Test
    void readingASectionIsRecordedForThatOfficerOnly() throws Exception {
        String reader = fixtures.user("阅读学员", null, "OFFICER");
        try (Browser officer = new Browser(server)) {
            officer.login(reader, Fixtures.PASSWORD);
            HtmlPage page = officer.get("/learn/module.xhtml?id=six-taboos");
            assertThat(page.getElementById("moduleTitle").asNormalizedText()).contains("六忌");
            assertThat(page.getElementById("toc").asNormalizedText()).contains("一忌");
            assertThat(page.getElementById("progressText").asNormalizedText()).contains("0%");

            // A section is read once it was on the visible page for its reading time, on the server's clock.
            HtmlPage reading = ReadingPages.read(officer, "six-taboos", 1);
            assertThat(reading.getElementById("progressText").asNormalizedText())
                    .doesNotContain(" 0%");

            // A duration the page claims counts for nothing.
            reading.executeJavaScript("academyReadCmd({v: 1, s: 'objectives', seconds: 500})");
            officer.client().waitForBackgroundJavaScript(5000);
            reading.executeJavaScript("academyReadCmd({v: 0, s: 'objectives', seconds: 500})");
            officer.client().waitForBackgroundJavaScript(5000);

            HtmlPage again = ReadingPages.open(officer, "six-taboos");
            assertThat(again.getElementById("progressText").asNormalizedText()).contains("已学习 0 分钟");
            assertThat(attr(again, ".section-end[data-section='objectives']", "class"))
                    .contains("done");
            assertThat(again.getElementById("module").getAttribute("data-last-section"))
                    .isEqualTo("objectives");
            HtmlPage catalogue = officer.get("/learn/catalogue.xhtml");
            assertThat(attr(catalogue, "#card-six-taboos a.continue", "href")).endsWith("#objectives");
        }
        try (Browser other = new Browser(server)) {
            other.login(fixtures.user("另一学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage page = other.get("/learn/module.xhtml?id=six-taboos");
            assertThat(page.getElementById("progressText").asNormalizedText()).contains("0%");
            assertThat(attr(page, ".section-end[data-section='objectives']", "class"))
                    .doesNotContain("done");
        }
    }

    @Test
    void printViewAndUnknownModule() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("打印学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage print = officer.get("/learn/print.xhtml?id=visitor-psychology");
            assertThat(print.getElementById("printView")).isNotNull();
            assertThat(print.getElementById("self-check"))
                    .as("every section is in the print view")
                    .isNotNull();
            assertThat(print.getElementById("topForm"))
                    .as("no navigation in print")
                    .isNull();

            HtmlPage missing = officer.get("/learn/module.xhtml?id=no-such-module");
            assertThat(officer.status(missing)).isEqualTo(404);
        }
    }

    @Test
    void administratorsSeeTheImportReportAndCanImportAgain() {
        HtmlPage page = fixtures.admin().get("/admin/content.xhtml");
        assertThat(page.getElementById("problems").asNormalizedText()).contains("没有发现问题");
        HtmlPage after = fixtures.admin().click(page.getHtmlElementById("actions:reimport"));
        assertThat(after.getElementById("messages").asNormalizedText())
                .contains("导入完成")
                .contains("未变");
    }

    private static String attr(HtmlPage page, String selector, String name) {
        DomElement element = page.querySelector(selector);
        assertThat(element).as(selector).isNotNull();
        return element.getAttribute(name);
    }
}
