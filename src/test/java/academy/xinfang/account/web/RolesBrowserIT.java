package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The main journey of every role in a real headless Chromium, on a 360 px phone screen. */
class RolesBrowserIT extends BrowserTest {
    @Test
    void officerLogsInOnAPhoneSeesTheirHomeAndIsRefusedTheAdminPages() {
        String officer = fixtures.user("手机学员", null, "OFFICER");
        usePhone();
        logIn(officer);
        assertThat(driver.findElements(By.id("officerHome"))).hasSize(1);
        assertThat(horizontalOverflow()).as("page fits a 360 px screen").isLessThanOrEqualTo(0L);
        open("/admin/users.xhtml");
        assertThat(driver.findElements(By.id("error403"))).hasSize(1);
    }

    @Test
    void trainerLandsOnTheTrainerDeskAndIsRefusedOfficerPages() {
        String trainer = fixtures.user("浏览器培训师", null, "TRAINER");
        logIn(trainer);
        assertThat(driver.findElements(By.id("trainerHome"))).hasSize(1);
        open("/officer/home.xhtml");
        assertThat(driver.findElements(By.id("error403"))).hasSize(1);
    }

    @Test
    void administratorLandsOnAdministrationAndOpensTheUserList() {
        String admin = fixtures.user("浏览器管理员", null, "ADMIN");
        logIn(admin);
        assertThat(driver.findElements(By.id("adminHome"))).hasSize(1);
        guardHttp(driver.findElement(By.id("linkUsers"))::click);
        assertThat(driver.findElement(By.id("list")).getText()).contains(admin);
        open("/officer/home.xhtml");
        assertThat(driver.findElements(By.id("error403"))).hasSize(1);
    }

    @Test
    void languageSwitchTurnsThePageEnglishAndBack() {
        usePhone();
        open("/");
        assertThat(driver.findElement(By.id("loginSubmit")).getText()).isEqualTo(Bundle.zh("login.submit"));
        guardHttp(driver.findElement(By.id("topForm:langEn"))::click);
        assertThat(driver.findElement(By.id("loginSubmit")).getText()).isEqualTo(Bundle.en("login.submit"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        guardHttp(driver.findElement(By.id("topForm:langZh"))::click);
        assertThat(driver.findElement(By.id("loginSubmit")).getText()).isEqualTo(Bundle.zh("login.submit"));
    }

    private void logIn(String username) {
        logIn("/", username);
        assertThat(driver.findElements(By.id("topForm:whoami")))
                .extracting(WebElement::getText)
                .isEqualTo(List.of(username));
    }
}
