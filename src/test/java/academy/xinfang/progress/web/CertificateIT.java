package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.progress.export.CertificatePdfTest;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.MiniCourse;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.ReadingPages;
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
    @Test
    void aCompletedCourseGivesACertificateThatThePublicPageConfirms() throws Exception {
        PayaraServer server = MiniCourse.server();
        String officer;
        String other;
        try (Fixtures fixtures = new Fixtures(server)) {
            officer = fixtures.user("证书学员", null, "OFFICER");
            other = fixtures.user("旁人学员", null, "OFFICER");
            MiniCourse.assign(
                    fixtures, Bundle.zh("admin.courses.kind.OFFICER"), null, officer, "2026-01-01", "2037-12-31");
        }
        String code;
        String href;
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            HtmlPage before = browser.get("/learn/courses.xhtml");
            assertThat(before.getElementById("course-cert-mini")).isNotNull();
            assertThat(before.getElementById("certificate-cert-mini"))
                    .as("no certificate before completion")
                    .isNull();

            ReadingPages.readWholeModule(browser, MiniCourse.MODULE);
            HtmlPage after = browser.get("/learn/courses.xhtml");
            assertThat(after.getElementById("course-cert-mini").getAttribute("data-state"))
                    .isEqualTo("COMPLETED");
            href = after.getElementById("certificate-cert-mini").getAttribute("href");
            code = after.getElementById("code-cert-mini")
                    .asNormalizedText()
                    .replaceAll(".*：", "")
                    .strip();
            assertThat(VerificationCode.normalize(code)).isPresent();

            Page pdf = browser.client().getPage(server.url(href));
            assertThat(pdf.getWebResponse().getContentType()).isEqualTo("application/pdf");
            try (PDDocument doc =
                    Loader.loadPDF(pdf.getWebResponse().getContentAsStream().readAllBytes())) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                        .contains("证书学员", "《六忌速成》", code, "颁发单位：" + MiniCourse.ISSUER);
                assertThat(CertificatePdfTest.qrCodeOn(doc))
                        .as("the QR code opens the check page at the public address, which follows PORT when unset")
                        .isEqualTo("http://localhost:" + MiniCourse.PUBLIC_PORT + "/verify.xhtml?code="
                                + VerificationCode.normalize(code).orElseThrow());
            }
            assertThat(browser.get("/learn/courses.xhtml")
                            .getElementById("code-cert-mini")
                            .asNormalizedText())
                    .as("issued once: the same code next time")
                    .contains(code);
        }
        try (Browser someoneElse = new Browser(server)) {
            someoneElse.login(other, Fixtures.PASSWORD);
            Page refused = someoneElse.client().getPage(server.url(href));
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(404);
        }
        try (Browser anonymous = new Browser(server)) {
            HtmlPage valid =
                    anonymous.get("/verify.xhtml?code=" + code.toLowerCase().replace("-", ""));
            assertThat(valid.getElementById("valid").asNormalizedText())
                    .contains(Bundle.zh("verify.valid"), "证书学员", "六忌速成");
            assertThat(valid.getElementById("issuer").asNormalizedText())
                    .isEqualTo(Bundle.zh("verify.issuer").strip() + MiniCourse.ISSUER);
            assertThat(valid.asNormalizedText()).doesNotContain(officer); // no username, only what is printed
            String unknown = VerificationCode.generate(new Random(42));
            assertThat(anonymous.get("/verify.xhtml?code=" + unknown).getElementById("unknown"))
                    .isNotNull();
            assertThat(anonymous.get("/verify.xhtml?code=ABC").getElementById("malformed"))
                    .isNotNull();
        }
    }

    @Test
    void withoutAPublicAddressTheLogAndTheAdministratorsHomeSayWhichAddressIsGuessed() {
        PayaraServer server = MiniCourse.server();
        String guessed = "http://localhost:" + MiniCourse.PUBLIC_PORT;
        assertThat(server.log()).contains("event=config.public-url-default url=" + guessed);
        try (Browser admin = new Browser(server)) {
            HtmlPage home = admin.loginAt("/admin/home.xhtml", "admin", PayaraServer.ADMIN_PASSWORD);
            assertThat(home.getElementById("publicUrlNotice"))
                    .as("the notice on " + home.getUrl())
                    .isNotNull();
            assertThat(home.getElementById("publicUrlNotice").asNormalizedText())
                    .contains(guessed, "ACADEMY_PUBLIC_URL");
        }
    }
}
