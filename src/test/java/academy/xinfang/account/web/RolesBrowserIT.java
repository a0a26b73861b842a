package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Chromium;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The main journey of every role in a real headless Chromium, on a 360 px phone screen. */
class RolesBrowserIT extends BrowserTest {
    @Test
    void officerLogsInOnAPhoneSeesTheirHomeAndIsRefusedTheAdminPages() {
        String officer = fixtures.user("手机学员", null, "OFFICER");
        driver = Chromium.start(true);
        logIn(officer);
        assertThat(driver.findElements(By.id("officerHome"))).hasSize(1);
        assertThat(horizontalOverflow()).as("page fits a 360 px screen").isLessThanOrEqualTo(0L);
        driver.get(server.url("/admin/users.xhtml"));
        assertThat(driver.findElements(By.id("error403"))).hasSize(1);
    }

    @Test
    void trainerLandsOnTheTrainerDeskAndIsRefusedOfficerPages() {
        String trainer = fixtures.user("浏览器培训师", null, "TRAINER");
        driver = Chromium.start(false);
        logIn(trainer);
        assertThat(driver.findElements(By.id("trainerHome"))).hasSize(1);
        driver.get(server.url("/officer/home.xhtml"));
        assertThat(driver.findElements(By.id("error403"))).hasSize(1);
    }

    @Test
    void administratorLandsOnAdministrationAndOpensTheUserList() {
        String admin = fixtures.user("浏览器管理员", null, "ADMIN");
        driver = Chromium.start(false);
        logIn(admin);
        assertThat(driver.findElements(By.id("adminHome"))).hasSize(1);
        driver.findElement(By.id("linkUsers")).click();
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("list")).getText()).contains(admin);
        driver.get(server.url("/officer/home.xhtml"));
        assertThat(driver.findElements(By.id("error403"))).hasSize(1);
    }

    @Test
    void languageSwitchTurnsThePageEnglishAndBack() {
        driver = Chromium.start(true);
        driver.get(server.url("/"));
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("loginSubmit")).getText()).isEqualTo("登录");
        driver.findElement(By.id("topForm:langEn")).click();
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("loginSubmit")).getText()).isEqualTo("Log in");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.findElement(By.id("topForm:langZh")).click();
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("loginSubmit")).getText()).isEqualTo("登录");
    }

    private void logIn(String username) {
        logIn("/", username);
        assertThat(driver.findElements(By.id("topForm:whoami"))).extracting(e -> e.getText()).isEqualTo(List.of(username));
    }

    private long horizontalOverflow() {
        Object o = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return ((Number) o).longValue();
    }
}
