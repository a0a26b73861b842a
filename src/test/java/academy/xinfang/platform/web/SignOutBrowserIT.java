package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A township office's shared PC: after an officer signs out, the Back button must not bring their pages back from
 * the browser's cache; the browser asks the server again and gets the login form. (The page the sign-out was posted
 * from drops out of the cache anyway, a POST invalidates it; the pages before it are the ones at risk.)
 */
class SignOutBrowserIT extends BrowserTest {
    @Test
    void theBackButtonAfterSigningOutShowsTheLoginFormNotThePreviousPages() {
        String officer = fixtures.user("共用电脑学员", null, "OFFICER");
        driver = Chromium.start(false);
        logIn("/learn/courses.xhtml", officer);
        Chromium.waitFor(driver).until(d -> !d.findElements(By.id("myCourses")).isEmpty());
        driver.get(server.url("/account/password.xhtml"));
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("topForm:whoami")).getText()).isEqualTo(officer);

        driver.findElement(By.id("topForm:logout")).click();
        Chromium.waitFor(driver).until(d -> !d.findElements(By.id("loginForm")).isEmpty());
        for (int step = 1; step <= 2; step++) {
            driver.navigate().back();
            Chromium.settle(driver);
            String shown = driver.getCurrentUrl();
            assertThat(driver.getPageSource()).as("Back " + step + " to " + shown + " after signing out")
                    .doesNotContain(officer);
            assertThat(driver.findElements(By.id("loginForm"))).as("the login form at " + shown).isNotEmpty();
        }
    }
}
