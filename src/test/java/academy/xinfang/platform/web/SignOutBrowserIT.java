package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
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
        logIn("/learn/courses.xhtml", officer);
        assertThat(driver.findElements(By.id("myCourses"))).hasSize(1);
        open("/account/password.xhtml");
        assertThat(driver.findElement(By.id("topForm:whoami")).getText()).isEqualTo(officer);

        guardHttp(driver.findElement(By.id("topForm:logout"))::click);
        assertThat(driver.findElements(By.id("loginForm"))).hasSize(1);
        for (int step = 1; step <= 2; step++) {
            guardHttp(driver.navigate()::back);
            String shown = driver.getCurrentUrl();
            assertThat(driver.getPageSource())
                    .as("Back " + step + " to " + shown + " after signing out")
                    .doesNotContain(officer);
            assertThat(driver.findElements(By.id("loginForm")))
                    .as("the login form at " + shown)
                    .isNotEmpty();
        }
    }
}
