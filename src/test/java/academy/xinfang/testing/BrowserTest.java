package academy.xinfang.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of browser tests: a headless Chromium per test, closed after it, and a login through the real form. A test
 * fails when any page it showed broke the Content-Security-Policy (an inline script or handler without the nonce, an
 * eval), so that a new page cannot regress silently.
 */
public abstract class BrowserTest extends ServerTest {
    protected WebDriver driver;

    @AfterEach
    void quitBrowser() {
        if (driver == null) {
            return;
        }
        List<String> violations;
        try {
            violations = Chromium.cspViolations(driver);
        } finally {
            driver.quit();
            driver = null;
        }
        assertThat(violations).as("Content-Security-Policy violations in the browser").isEmpty();
    }

    /** Opens the path (the container shows the login form first), logs in, and waits for the page after it. */
    protected void logIn(String path, String username) {
        driver.get(server.url(path));
        Chromium.settle(driver);
        driver.findElement(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.id("loginSubmit")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("topForm:whoami")).isEmpty()
                    || !d.findElements(By.id("loginError")).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("no page after login at " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
        }
        Chromium.settle(driver);
    }
}
