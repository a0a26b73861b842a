package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Axe;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Screens;
import academy.xinfang.testing.Viewport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The accessibility check itself, and the pages every visitor sees first (login, certificate verification). The
 * journeys of officers, trainers and administrators run the same check on their own pages.
 */
class AccessibilityBrowserIT extends BrowserTest {
    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theCheckFindsWhatAxeCallsSeriousOnABadPage(Viewport viewport) {
        use(viewport);
        // Served by this server, so the page has its headers; the broken markup is the test's own.
        open("/login.xhtml");
        js("document.body.insertAdjacentHTML('beforeend',"
                + " '<img src=\"x.png\"><button></button><input type=\"text\">');");
        assertThat(Axe.seriousViolations(driver, "self-check-" + viewport.label()))
                .anyMatch(v -> v.startsWith("image-alt (critical"))
                .anyMatch(v -> v.startsWith("button-name (critical"))
                .anyMatch(v -> v.startsWith("label (critical"));
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void theLoginAndVerificationPagesPass(Viewport viewport) {
        use(viewport);
        open("/login.xhtml");
        checkpoint("public", "01-login", viewport);
        open("/verify.xhtml");
        checkpoint("public", "02-verify", viewport);
        Path shot = Screens.ROOT.resolve("public").resolve("01-login-" + viewport.label() + ".png");
        assertThat(shot).exists();
        assertThat(shot.toFile().length()).isGreaterThan(1000);
        assertThat(Files.exists(Axe.REPORT)).isTrue();
    }
}
