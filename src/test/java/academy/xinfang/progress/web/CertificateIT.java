package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Chromium;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * On its own server with a one-module course: a completed course gives the officer a PDF certificate whose code the
 * public page confirms, showing only what the certificate says, and nobody else can download it; the completion report
 * (drilled down in a browser), its export and the API agree on who is done, in progress, not started and overdue.
 */
class CertificateIT {
    private static final String COURSE = """
            key: cert-mini
            title:
              zh: 六忌速成
              en: Six taboos in brief
            description: 只有一个模块的短课程。
            items:
              - type: module
                ref: six-taboos
            """;

    private static PayaraServer server() throws Exception {
        Path folder = Paths.get("target", "it-certificates-courses").toAbsolutePath();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("cert-mini.yaml"), COURSE, StandardCharsets.UTF_8);
        return PayaraServer.named("certificates", Map.of("ACADEMY_COURSES_DIR", folder.toString()));
    }

    /** Marks every section of the module read, through the reader's own script calls. */
    private static void readWholeModule(Browser browser, int sections) {
        HtmlPage module = browser.get("/learn/module.xhtml?id=six-taboos");
        List<DomElement> ends = module.querySelectorAll(".section-end[data-section]").stream()
                .map(n -> (DomElement) n).toList();
        for (DomElement end : ends.subList(0, Math.min(sections, ends.size()))) {
            module.executeJavaScript("academyMarkReadCmd({section: '" + end.getAttribute("data-section") + "'})");
            browser.client().waitForBackgroundJavaScript(5000);
        }
    }

    private static void assign(Fixtures fixtures, String kind, String department, String username, String start,
            String deadline) {
        HtmlPage page = fixtures.admin().get("/admin/courses.xhtml");
        Browser.select(page, "assignForm:course", "六忌速成");
        Browser.select(page, "assignForm:kind", kind);
        if (department != null) {
            Browser.select(page, "assignForm:department", department);
        }
        if (username != null) {
            Browser.type(page, "assignForm:username", username);
        }
        Browser.type(page, "assignForm:start", start);
        Browser.type(page, "assignForm:deadline", deadline);
        fixtures.admin().click(page.getHtmlElementById("assignForm:save"));
    }

    @Test
    void theReportItsExportAndTheApiAgreeAndTheDrillDownWorksInABrowser() throws Exception {
        PayaraServer server = server();
        String county = Fixtures.unique("完成县");
        String township = Fixtures.unique("完成镇");
        String office = Fixtures.unique("完成所");
        String done;
        String progressing;
        String idle;
        String late;
        try (Fixtures fixtures = new Fixtures(server)) {
            fixtures.department(county, "COUNTY", null);
            fixtures.department(township, "TOWNSHIP", county);
            fixtures.department(office, "DEPARTMENT", township);
            done = fixtures.user("完成甲", office, "OFFICER");
            late = fixtures.user("逾期乙", office, "OFFICER");
            progressing = fixtures.user("进行丙", township, "OFFICER");
            idle = fixtures.user("未学丁", township, "OFFICER");
            assign(fixtures, "部门（含下级）", township, null, "2026-01-01", "2037-12-31");
            assign(fixtures, "个人", null, late, "2026-01-01", "2026-01-02"); // the earlier deadline wins: overdue
        }
        try (Browser a = new Browser(server); Browser b = new Browser(server)) {
            a.login(done, Fixtures.PASSWORD);
            readWholeModule(a, Integer.MAX_VALUE);
            b.login(progressing, Fixtures.PASSWORD);
            readWholeModule(b, 1);
        }

        WebDriver driver = Chromium.start(false);
        String townshipId;
        Map<String, String> totals;
        try {
            driver.get(server.url("/admin/report.xhtml?course=cert-mini"));
            driver.findElement(By.id("j_username")).sendKeys("admin");
            driver.findElement(By.id("j_password")).sendKeys(PayaraServer.ADMIN_PASSWORD);
            driver.findElement(By.id("loginSubmit")).click();
            Chromium.waitFor(driver).until(d -> !d.findElements(By.linkText(county)).isEmpty());
            driver.findElement(By.linkText(county)).click();
            Chromium.waitFor(driver).until(d -> !d.findElements(By.linkText(township)).isEmpty());
            driver.findElement(By.linkText(township)).click();
            Chromium.waitFor(driver).until(d -> d.findElement(By.id("path")).getText().contains(township));
            townshipId = driver.getCurrentUrl().replaceAll(".*department=(\\d+).*", "$1");
            WebElement t = driver.findElement(By.id("totals"));
            totals = Map.of("total", t.getAttribute("data-total"), "completed", t.getAttribute("data-completed"),
                    "inProgress", t.getAttribute("data-in-progress"), "notStarted", t.getAttribute("data-not-started"),
                    "overdue", t.getAttribute("data-overdue"));
            assertThat(driver.findElement(By.id("officer-" + progressing)).getAttribute("data-state"))
                    .isEqualTo("IN_PROGRESS");
            assertThat(driver.findElement(By.id("officer-" + idle)).getAttribute("data-state")).isEqualTo("NOT_STARTED");
        } finally {
            driver.quit();
        }
        assertThat(totals).containsEntry("total", "4").containsEntry("completed", "1").containsEntry("inProgress", "1")
                .containsEntry("notStarted", "1").containsEntry("overdue", "1");

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        server.url("/api/completion?course=cert-mini&department=" + townshipId)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + PayaraServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(200);
        JsonObject json = Json.createReader(new StringReader(api.body())).readObject();
        JsonObject total = json.getJsonObject("total");
        totals.forEach((k, v) -> assertThat(String.valueOf(total.getInt(k))).as("API " + k).isEqualTo(v));
        JsonObject officeCounts = json.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("name").equals(office)).findFirst().orElseThrow().getJsonObject("counts");
        assertThat(officeCounts.getInt("completed")).isEqualTo(1);
        assertThat(officeCounts.getInt("overdue")).isEqualTo(1);

        try (Fixtures fixtures = new Fixtures(server)) {
            Page csv = fixtures.admin().client().getPage(server.url(
                    "/admin/report-export?course=cert-mini&department=" + townshipId + "&format=csv"));
            String text = new String(csv.getWebResponse().getContentAsStream().readAllBytes(), StandardCharsets.UTF_8);
            // the office's row: total, completed, in progress, not started, overdue
            assertThat(text).contains(office + ",,2,1,0,0,1");
            assertThat(text).contains("进行丙," + progressing, "未学丁," + idle);
        }
    }

    @Test
    void aCompletedCourseGivesACertificateThatThePublicPageConfirms() throws Exception {
        PayaraServer server = server();
        String officer;
        String other;
        try (Fixtures fixtures = new Fixtures(server)) {
            officer = fixtures.user("证书学员", null, "OFFICER");
            other = fixtures.user("旁人学员", null, "OFFICER");
            HtmlPage page = fixtures.admin().get("/admin/courses.xhtml");
            Browser.select(page, "assignForm:course", "六忌速成");
            Browser.select(page, "assignForm:kind", "个人");
            Browser.type(page, "assignForm:username", officer);
            Browser.type(page, "assignForm:start", "2026-01-01");
            Browser.type(page, "assignForm:deadline", "2037-12-31");
            fixtures.admin().click(page.getHtmlElementById("assignForm:save"));
        }
        String code;
        String href;
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            HtmlPage before = browser.get("/learn/courses.xhtml");
            assertThat(before.getElementById("course-cert-mini")).isNotNull();
            assertThat(before.getElementById("certificate-cert-mini")).as("no certificate before completion").isNull();

            readWholeModule(browser, Integer.MAX_VALUE);
            HtmlPage after = browser.get("/learn/courses.xhtml");
            assertThat(after.getElementById("course-cert-mini").getAttribute("data-state")).isEqualTo("COMPLETED");
            href = after.getElementById("certificate-cert-mini").getAttribute("href");
            code = after.getElementById("code-cert-mini").asNormalizedText().replaceAll(".*：", "").strip();
            assertThat(VerificationCode.normalize(code)).isPresent();

            Page pdf = browser.client().getPage(server.url(href));
            assertThat(pdf.getWebResponse().getContentType()).isEqualTo("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.getWebResponse().getContentAsStream().readAllBytes())) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                        .contains("证书学员", "《六忌速成》", code);
            }
            assertThat(browser.get("/learn/courses.xhtml").getElementById("code-cert-mini").asNormalizedText())
                    .as("issued once: the same code next time").contains(code);
        }
        try (Browser someoneElse = new Browser(server)) {
            someoneElse.login(other, Fixtures.PASSWORD);
            Page refused = someoneElse.client().getPage(server.url(href));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(404);
        }
        try (Browser anonymous = new Browser(server)) {
            HtmlPage valid = anonymous.get("/verify.xhtml?code=" + code.toLowerCase().replace("-", ""));
            assertThat(valid.getElementById("valid").asNormalizedText()).contains("证书有效", "证书学员", "六忌速成");
            assertThat(valid.asNormalizedText()).doesNotContain(officer); // no username, only what is printed
            String unknown = VerificationCode.generate(new Random(42));
            assertThat(anonymous.get("/verify.xhtml?code=" + unknown).getElementById("unknown")).isNotNull();
            assertThat(anonymous.get("/verify.xhtml?code=ABC").getElementById("malformed")).isNotNull();
        }
    }
}
