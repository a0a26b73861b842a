package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.MiniCourse;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.ReadingPages;
import academy.xinfang.testing.Screens;
import academy.xinfang.testing.Viewport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The certificate as its checker and the administrator see it, on a phone and a laptop: the check page for a valid
 * code (with the issuing unit), an unknown and a mistyped one, and the administrators' notice that the public address
 * is a guess; screenshots and the accessibility check at each, and the certificate itself drawn to a picture.
 */
class CertificateBrowserIT extends BrowserTest {
    private static String code;
    private static byte[] pdf;

    /** The server with a one-module course, an issuing unit and no public address (see MiniCourse). */
    @BeforeAll
    protected static void startServer() {
        server = MiniCourse.server();
        fixtures = new Fixtures(server);
        String officer = fixtures.user("证书核验学员", null, "OFFICER");
        MiniCourse.assign(fixtures, Bundle.zh("admin.courses.kind.OFFICER"), null, officer, "2026-01-01", "2037-12-31");
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            ReadingPages.readWholeModule(browser, MiniCourse.MODULE);
            HtmlPage courses = browser.get("/learn/courses.xhtml");
            code = courses.getElementById("code-cert-mini")
                    .asNormalizedText()
                    .replaceAll(".*：", "")
                    .strip();
            Page download = browser.client()
                    .getPage(server.url(
                            courses.getElementById("certificate-cert-mini").getAttribute("href")));
            pdf = download.getWebResponse().getContentAsStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(VerificationCode.normalize(code)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theCheckPageAndTheNoticeAreReadableAndAccessible(Viewport viewport) throws Exception {
        use(viewport);
        open("/verify.xhtml?code=" + code);
        assertThat(driver.findElement(By.id("issuer")).getText()).contains(MiniCourse.ISSUER);
        checkpoint("certificate", "after-01-verify-valid", viewport);
        assertThat(horizontalOverflow()).as("no sideways scrolling").isLessThanOrEqualTo(0);
        open("/verify.xhtml?code=" + VerificationCode.generate(new Random(42)));
        assertThat(driver.findElements(By.id("unknown"))).hasSize(1);
        checkpoint("certificate", "after-02-verify-unknown", viewport);
        open("/verify.xhtml?code=ABC");
        assertThat(driver.findElements(By.id("malformed"))).hasSize(1);
        checkpoint("certificate", "after-03-verify-malformed", viewport);

        logIn("/admin/home.xhtml", "admin", PayaraServer.ADMIN_PASSWORD);
        assertThat(driver.findElement(By.id("publicUrlNotice")).getText())
                .contains("http://localhost:" + MiniCourse.PUBLIC_PORT);
        checkpoint("certificate", "after-04-admin-public-url-notice", viewport);
        assertThat(horizontalOverflow()).as("no sideways scrolling").isLessThanOrEqualTo(0);

        // the certificate itself, as printed
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.RGB);
            Path file = Screens.ROOT.resolve("certificate").resolve("after-05-certificate-pdf.png");
            Files.createDirectories(file.getParent());
            ImageIO.write(page, "png", file.toFile());
            assertThat(file.toFile().length()).isGreaterThan(10_000);
        }
    }
}
