package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Chromium;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;

/** An officer reads a module on a 360 px phone: scrolling through it records the sections as read. */
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

        // Scroll down with the wheel, step by step as a reader would, until the page bottom.
        for (int i = 0; i < 200; i++) {
            new Actions(driver).scrollByAmount(0, 400).perform();
            Chromium.settle(driver);
            Boolean bottom = (Boolean) js.executeScript(
                    "return window.innerHeight + window.scrollY >= document.body.scrollHeight - 2;");
            if (Boolean.TRUE.equals(bottom)) {
                break;
            }
        }
        Chromium.waitFor(driver).until(d -> d.findElement(By.id("progressText")).getText().contains("100"));
        assertThat(driver.findElements(By.cssSelector("#toc li.read")))
                .hasSameSizeAs(driver.findElements(By.cssSelector("#toc li")));

        driver.get(server.url("/learn/catalogue.xhtml"));
        assertThat(driver.findElement(By.cssSelector("#card-reception-attitudes .percent")).getText()).isEqualTo("已完成");
    }
}
