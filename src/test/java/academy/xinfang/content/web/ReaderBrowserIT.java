package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserReading;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An officer reads a module on a 360 px phone: each section is recorded read once it has been on screen for its
 * reading time (seconds at the test servers' fast speed), timed by the server from the page's own reports.
 */
class ReaderBrowserIT extends BrowserTest {
    @Test
    void scrollingToTheEndOfSectionsMarksThemReadOnAPhone() {
        String officer = fixtures.user("手机读者", null, "OFFICER");
        usePhone();
        logIn("/", officer);

        // on a phone the module library sits under the 我的 tab
        guardHttp(driver.findElement(By.id("navMine"))::click);
        guardHttp(driver.findElement(By.id("meLibrary"))::click);
        guardHttp(driver.findElement(By.cssSelector("#card-reception-attitudes h2 a"))::click);
        assertThat(driver.findElement(By.id("moduleTitle")).getText()).isNotBlank();
        assertThat(horizontalOverflow()).as("module fits a 360 px screen").isLessThanOrEqualTo(0L);

        assertThat(driver.findElements(By.cssSelector("#toc li.read")))
                .as("opening the page reads nothing")
                .isEmpty();

        BrowserReading.toTheEnd(driver);
        waitUntil(d -> d.findElement(By.id("progressText")).getText().contains("100"));
        assertThat(driver.findElements(By.cssSelector("#toc li.read")))
                .hasSameSizeAs(driver.findElements(By.cssSelector("#toc li")));
        assertThat(driver.findElements(By.cssSelector(".section-end.done")))
                .as("every section's end says it is read")
                .hasSameSizeAs(driver.findElements(By.cssSelector(".section-end")));
        assertThat(driver.findElements(By.id("timeLeft"))).isEmpty();

        open("/learn/catalogue.xhtml");
        assertThat(driver.findElement(By.cssSelector("#card-reception-attitudes .percent"))
                        .getText())
                .isEqualTo(Bundle.zh("reader.completed"));
    }
}
