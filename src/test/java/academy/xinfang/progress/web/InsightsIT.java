package academy.xinfang.progress.web;

import static academy.xinfang.quiz.web.QuizPages.answer;
import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.web.QuizPages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.nio.charset.StandardCharsets;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Administrators' insights on the real server: figures per township from what officers answered, drill-down, export. */
class InsightsIT extends ServerTest {

    private static void takeQuiz(String officer, String key, String... answers) {
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(browser, key);
            for (int i = 0; i < answers.length; i++) {
                answer(browser, server, attempt, i, answers[i], false);
            }
            QuizPages.submit(browser, attempt);
        }
    }

    @Test
    void townshipsShowTheirQualitiesAndTaboosAndTheReportDrillsDownAndExports() throws Exception {
        String suffix = Fixtures.unique("");
        String county = "画像县" + suffix;
        String east = "画像东镇" + suffix;
        String west = "画像西镇" + suffix;
        fixtures.department(county, "COUNTY", null);
        fixtures.department(east, "TOWNSHIP", county);
        fixtures.department(west, "TOWNSHIP", county);
        String eastOfficer = fixtures.user("东镇学员", east, "OFFICER");
        String westOfficer = fixtures.user("西镇学员", west, "OFFICER");
        String key = QuizPages.uniqueKey();
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("画像培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
        }
        // it-1 tests buck-passing, it-2 the law (a quality), it-3 careless promises
        takeQuiz(eastOfficer, key, "S:1", "F:60日", "T:1");
        takeQuiz(westOfficer, key, "S:0", "F:30日", "T:0");

        Browser admin = fixtures.admin();
        HtmlPage top = admin.get("/admin/insights.xhtml");
        HtmlAnchor countyLink = top.getAnchorByText(county);
        HtmlPage countyPage = admin.click(countyLink);
        String heat = countyPage.getElementById("heatmap").asNormalizedText();
        assertThat(heat).contains(east, west);
        String eastRow = countyPage
                .getAnchorByText(east)
                .getEnclosingElement("tr")
                .asNormalizedText()
                .replace(" \t", "\t");
        String westRow = countyPage
                .getAnchorByText(west)
                .getEnclosingElement("tr")
                .asNormalizedText()
                .replace(" \t", "\t");
        // columns: cold, harsh, impatient, buck-passing, perfunctory, careless
        // columns: officers, then cold, harsh, impatient, buck-passing, perfunctory, careless
        assertThat(eastRow).isEqualTo(east + "\t1\t0\t0\t0\t1\t0\t0");
        assertThat(westRow).isEqualTo(west + "\t1\t0\t0\t0\t0\t0\t1");
        assertThat(countyPage.getElementById("taboosExplain").asNormalizedText())
                .isEqualTo(Bundle.zh("insights.taboosExplain"));
        assertThat(countyPage.getElementById("filter").asNormalizedText()).isEqualTo("筛选");
        assertThat(countyPage.getElementById("insightsEmpty")).isNull();
        HtmlPage future = admin.get("/admin/insights.xhtml?from=2037-01-01&to=2037-01-31");
        assertThat(future.getElementById("insightsEmpty").asNormalizedText())
                .as("no figure in the range: an empty state, not a chart of zeros")
                .isEqualTo(Bundle.zh("insights.empty"));
        assertThat(future.getElementById("heatmap")).isNull();
        String qualities =
                countyPage.getElementById("qualityTable").asNormalizedText().replace(" \t", "\t");
        assertThat(qualities).contains(east + "\t1\t—\t—\t100", west + "\t1\t—\t—\t0");

        HtmlPage eastPage = admin.click(countyPage.getAnchorByText(east));
        assertThat(eastPage.getElementById("crumbs").asNormalizedText()).contains(county, east);
        assertThat(eastPage.getElementById("heatmap").asNormalizedText().replace(" \t", "\t"))
                .contains(east + "（本级）\t1\t0\t0\t0\t1");

        Page csv = admin.client()
                .getPage(
                        ((HtmlAnchor) countyPage.getElementById("exportCsv"))
                                        .getHrefAttribute()
                                        .startsWith("http")
                                ? ((HtmlAnchor) countyPage.getElementById("exportCsv")).getHrefAttribute()
                                : server.url(((HtmlAnchor) countyPage.getElementById("exportCsv")).getHrefAttribute()));
        byte[] bytes = csv.getWebResponse().getContentAsStream().readAllBytes();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF); // the byte-order mark spreadsheet programs need
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("部门,学员数", east + ",1", west + ",1");

        try (Browser officer = new Browser(server)) {
            officer.login(eastOfficer, Fixtures.PASSWORD);
            assertThat(officer.status(officer.get("/admin/insights.xhtml"))).isEqualTo(403);
        }
    }
}
