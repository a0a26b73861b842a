package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

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

        guardHttp(driver.findElement(By.id("startLearning"))::click);
        guardHttp(driver.findElement(By.cssSelector("#card-reception-attitudes h2 a"))::click);
        assertThat(driver.findElement(By.id("moduleTitle")).getText()).isNotBlank();
        assertThat(horizontalOverflow()).as("module fits a 360 px screen").isLessThanOrEqualTo(0L);

        assertThat(driver.findElements(By.cssSelector("#toc li.read")))
                .as("opening the page reads nothing")
                .isEmpty();

        // Scroll down with the wheel, a screen at a time, staying on each screen until every section that ends on it
        // or above it is read, as a reader would stay until they have read it.
        String unreadEndsInView = """
                return Array.from(document.querySelectorAll('.section-end')).filter(function (e) {
                  var li = document.querySelector('#toc li[data-section="' + e.getAttribute('data-section') + '"]');
                  return e.getBoundingClientRect().top < window.innerHeight && !li.classList.contains('read');
                }).length;""";
        for (int i = 0; i < 200; i++) {
            waitUntil(d -> ((Long) js(unreadEndsInView)) == 0L);
            Boolean bottom =
                    (Boolean) js("return window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;");
            if (Boolean.TRUE.equals(bottom)) {
                break;
            }
            new Actions(driver).scrollByAmount(0, 500).perform();
            waitForAjax();
        }
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
