package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.MiniCourse;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ReadingPages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.htmlunit.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The completion report drilled down from county to township in Chromium, on the one-module course of
 * {@link MiniCourse}'s server: the page, its CSV export and the API agree on who is done, in progress, not started
 * and overdue.
 */
class CompletionReportBrowserIT extends BrowserTest {

    /** Hides the shared server of {@link academy.xinfang.testing.ServerTest}: the mini course's server instead. */
    @BeforeAll
    protected static void startServer() {
        server = MiniCourse.server();
        fixtures = new Fixtures(server);
    }

    @Test
    void theReportItsExportAndTheApiAgreeAndTheDrillDownWorksInABrowser() throws Exception {
        String county = Fixtures.unique("完成县");
        String township = Fixtures.unique("完成镇");
        String office = Fixtures.unique("完成所");
        String done;
        String progressing;
        String idle;
        String late;
        fixtures.department(county, "COUNTY", null);
        fixtures.department(township, "TOWNSHIP", county);
        fixtures.department(office, "DEPARTMENT", township);
        done = fixtures.user("完成甲", office, "OFFICER");
        late = fixtures.user("逾期乙", office, "OFFICER");
        progressing = fixtures.user("进行丙", township, "OFFICER");
        idle = fixtures.user("未学丁", township, "OFFICER");
        MiniCourse.assign(
                fixtures, Bundle.zh("admin.courses.kind.DEPARTMENT"), township, null, "2026-01-01", "2037-12-31");
        MiniCourse.assign(
                fixtures,
                Bundle.zh("admin.courses.kind.OFFICER"),
                null,
                late,
                "2026-01-01",
                "2026-01-02"); // the earlier deadline wins: overdue
        try (Browser a = new Browser(server);
                Browser b = new Browser(server)) {
            a.login(done, Fixtures.PASSWORD);
            ReadingPages.readWholeModule(a, MiniCourse.MODULE);
            b.login(progressing, Fixtures.PASSWORD);
            ReadingPages.read(b, MiniCourse.MODULE, 1);
        }

        logIn("/admin/report.xhtml?course=cert-mini", "admin", PayaraServer.ADMIN_PASSWORD);
        guardHttp(driver.findElement(By.linkText(county))::click);
        guardHttp(driver.findElement(By.linkText(township))::click);
        assertThat(driver.findElement(By.id("path")).getText()).contains(township);
        String townshipId = driver.getCurrentUrl().replaceAll(".*department=(\\d+).*", "$1");
        WebElement t = driver.findElement(By.id("totals"));
        Map<String, String> totals = Map.of(
                "total",
                t.getAttribute("data-total"),
                "completed",
                t.getAttribute("data-completed"),
                "inProgress",
                t.getAttribute("data-in-progress"),
                "notStarted",
                t.getAttribute("data-not-started"),
                "overdue",
                t.getAttribute("data-overdue"));
        assertThat(driver.findElement(By.id("officer-" + progressing)).getAttribute("data-state"))
                .isEqualTo("IN_PROGRESS");
        assertThat(driver.findElement(By.id("officer-" + idle)).getAttribute("data-state"))
                .isEqualTo("NOT_STARTED");
        assertThat(totals)
                .containsEntry("total", "4")
                .containsEntry("completed", "1")
                .containsEntry("inProgress", "1")
                .containsEntry("notStarted", "1")
                .containsEntry("overdue", "1");

        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.url("/api/completion?course=cert-mini&department=" + townshipId)))
                                .header("Authorization", RawClient.basicHeader("admin", PayaraServer.ADMIN_PASSWORD))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(200);
        JsonObject json = Json.createReader(new StringReader(api.body())).readObject();
        JsonObject total = json.getJsonObject("total");
        totals.forEach((k, v) ->
                assertThat(String.valueOf(total.getInt(k))).as("API " + k).isEqualTo(v));
        JsonObject officeCounts = json.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(office))
                .findFirst()
                .orElseThrow()
                .getJsonObject("counts");
        assertThat(officeCounts.getInt("completed")).isEqualTo(1);
        assertThat(officeCounts.getInt("overdue")).isEqualTo(1);

        Page csv = fixtures.admin()
                .client()
                .getPage(server.url("/admin/report-export?course=cert-mini&department=" + townshipId + "&format=csv"));
        String text = new String(csv.getWebResponse().getContentAsStream().readAllBytes(), StandardCharsets.UTF_8);
        // the office's row: total, completed, in progress, not started, overdue
        assertThat(text).contains(office + ",,2,1,0,0,1");
        assertThat(text).contains("进行丙," + progressing, "未学丁," + idle);
    }
}
