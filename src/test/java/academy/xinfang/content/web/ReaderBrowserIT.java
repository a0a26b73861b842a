package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Chromium;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;

/**
 * An officer reads a module on a 360 px phone: each section is recorded read once it has been on screen for its
 * reading time (seconds at the test servers' fast speed), timed by the server from the page's own reports.
 */
class ReaderBrowserIT extends BrowserTest {
    @Test
    void scrollingToTheEndOfSectionsMarksThemReadOnAPhone() {
        String officer = fixtures.user("手机读者", null, "OFFICER");
        driver = Chromium.start(true);
        logIn("/", officer);

        driver.findElement(By.id("startLearning")).click();
        Chromium.settle(driver);
        driver.findElement(By.cssSelector("#card-reception-attitudes h2 a")).click();
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("moduleTitle")).getText()).isNotBlank();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("module fits a 360 px screen").isLessThanOrEqualTo(0L);

        assertThat(driver.findElements(By.cssSelector("#toc li.read"))).as("opening the page reads nothing").isEmpty();

        // Scroll down with the wheel, a screen at a time, staying on each screen until every section that ends on it
        // or above it is read, as a reader would stay until they have read it.
        String unreadEndsInView = """
                return Array.from(document.querySelectorAll('.section-end')).filter(function (e) {
                  var li = document.querySelector('#toc li[data-section="' + e.getAttribute('data-section') + '"]');
                  return e.getBoundingClientRect().top < window.innerHeight && !li.classList.contains('read');
                }).length;""";
        for (int i = 0; i < 200; i++) {
            Chromium.waitFor(driver).until(d -> ((Long) js.executeScript(unreadEndsInView)) == 0L);
            Boolean bottom = (Boolean) js.executeScript(
                    "return window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;");
            if (Boolean.TRUE.equals(bottom)) {
                break;
            }
            new Actions(driver).scrollByAmount(0, 500).perform();
            Chromium.settle(driver);
        }
        Chromium.waitFor(driver).until(d -> d.findElement(By.id("progressText")).getText().contains("100"));
        assertThat(driver.findElements(By.cssSelector("#toc li.read")))
                .hasSameSizeAs(driver.findElements(By.cssSelector("#toc li")));
        assertThat(driver.findElements(By.cssSelector(".section-end.done")))
                .as("every section's end says it is read").hasSameSizeAs(driver.findElements(By.cssSelector(".section-end")));
        assertThat(driver.findElements(By.id("timeLeft"))).isEmpty();

        driver.get(server.url("/learn/catalogue.xhtml"));
        assertThat(driver.findElement(By.cssSelector("#card-reception-attitudes .percent")).getText()).isEqualTo("已完成");
    }
}
