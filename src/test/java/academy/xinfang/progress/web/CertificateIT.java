package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ReadingPages;
import academy.xinfang.testing.PayaraServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * On its own server with a one-module course: a completed course gives the officer a PDF certificate whose code the
 * public page confirms, showing only what the certificate says, and nobody else can download it.
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

    static PayaraServer server() throws Exception {
        Path folder = Paths.get("target", "it-certificates-courses").toAbsolutePath();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("cert-mini.yaml"), COURSE, StandardCharsets.UTF_8);
        return PayaraServer.named("certificates", Map.of("ACADEMY_COURSES_DIR", folder.toString()));
    }

    /** Reads the first sections of the module, for real time on the server's clock, through the reader's reports. */
    static void readWholeModule(Browser browser, int sections) {
        ReadingPages.read(browser, "six-taboos", sections);
    }

    static void assign(Fixtures fixtures, String kind, String department, String username, String start,
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
