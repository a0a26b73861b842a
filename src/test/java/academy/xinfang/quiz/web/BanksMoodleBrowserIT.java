package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.domain.MoodleFixtures;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Viewport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The trainers' banks page with the Moodle interop on a phone and a laptop: the export for Moodle 4.3+, the notes on
 * the export formats and on settings, and a bank Moodle exported coming back with its quiz settings.
 */
class BanksMoodleBrowserIT extends BrowserTest {
    @ParameterizedTest
    @EnumSource(Viewport.class)
    void aBankBackFromMoodleKeepsItsSettingsAndThePageSaysSo(Viewport viewport) throws IOException {
        use(viewport);
        logIn("/trainer/banks.xhtml", fixtures.user("互通培训师", null, "TRAINER"));
        assertThat(driver.findElement(By.id("export-moodle-six-taboos")).getAttribute("href"))
                .endsWith("format=gift&flavour=moodle");
        assertThat(driver.findElement(By.id("aikenHint")).getText()).contains("不带反馈");
        checkpoint("interop", "01-banks", viewport);

        Path file = Files.createTempDirectory("moodle").resolve("07-quality-pragmatic-style.gift");
        Files.copy(MoodleFixtures.folder().resolve("moodle-quality-pragmatic-style.gift"), file);
        driver.findElement(By.id("upload:file")).sendKeys(file.toString());
        guardHttp(driver.findElement(By.id("upload:send"))::click);
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("题库 quality-pragmatic-style 沿用了上一版本的测验设置");
        checkpoint("interop", "02-back-from-moodle", viewport);
    }
}
