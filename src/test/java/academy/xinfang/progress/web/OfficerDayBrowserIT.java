package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserReading;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.Viewport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An officer's morning, on a phone and on a laptop: sign in to today's page, "继续学习" opens the next module itself,
 * read it to the end, and back on the home tab the course shows progress and the next step is the module's quiz.
 * Each page is photographed and checked with axe-core; the navigation marks the current tab.
 */
class OfficerDayBrowserIT extends BrowserTest {
    private static final String JOURNEY = "officer-day";

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void homeContinueReadAndBackHomeShowsProgress(Viewport viewport) {
        String officer = fixtures.user("晨读学员", null, "OFFICER");
        Fixtures.assignCourse(
                fixtures.admin(),
                "新任信访干部入职培训",
                Bundle.zh("admin.courses.kind.OFFICER"),
                null,
                officer,
                "2026-01-01",
                "2037-12-31");
        use(viewport);
        logIn("/", officer);

        assertThat(driver.findElements(By.id("officerHome"))).hasSize(1);
        WebElement homeTab = driver.findElement(By.id("navOfficer"));
        assertThat(homeTab.getAttribute("aria-current")).isEqualTo("page");
        assertThat(homeTab.isDisplayed()).isTrue();
        assertThat(horizontalOverflow()).as("home fits the screen").isLessThanOrEqualTo(0L);
        if (viewport == Viewport.PHONE) {
            // one compact line on top (brand, language, sign-out), the five tabs in one row under it
            WebElement logout = driver.findElement(By.id("topForm:logout"));
            assertThat(logout.getLocation().getY() + logout.getSize().getHeight())
                    .isLessThanOrEqualTo(56);
            assertThat(logout.getLocation().getX() + logout.getSize().getWidth())
                    .as("sign-out inside the screen")
                    .isLessThanOrEqualTo(((Number) js("return document.documentElement.clientWidth;")).intValue());
            assertThat(homeTab.getLocation().getY()).isGreaterThanOrEqualTo(40);
            assertThat(driver.findElement(By.id("navMine")).getLocation().getY())
                    .as("the tabs share one row")
                    .isEqualTo(homeTab.getLocation().getY());
            assertThat(driver.findElement(By.cssSelector(".topbar")).getSize().getHeight())
                    .as("top line and tabs, against 137 px before")
                    .isLessThanOrEqualTo(100);
            assertThat(driver.findElement(By.id("navPassword")).isDisplayed()).isFalse();
        }
        assertThat(driver.findElement(By.id("home-course-induction")).getText())
                .contains(Bundle.zh("progress.my.percent").replace("{0}", "0"));
        checkpoint(JOURNEY, "01-home", viewport);

        guardHttp(driver.findElement(By.id("continueLearning"))::click);
        assertThat(driver.getCurrentUrl()).contains("/learn/module.xhtml?id=petition-basics");
        assertThat(driver.findElement(By.id("moduleTitle")).getText()).isNotBlank();
        assertThat(horizontalOverflow()).as("module fits the screen").isLessThanOrEqualTo(0L);
        checkpoint(JOURNEY, "02-module", viewport);

        BrowserReading.toTheEnd(driver);
        waitUntil(d -> d.findElement(By.id("progressText")).getText().contains("100"));
        checkpoint(JOURNEY, "03-module-read", viewport);

        guardHttp(driver.findElement(By.id("navOfficer"))::click);
        assertThat(driver.findElement(By.id("home-course-induction")).getText())
                .doesNotContain(Bundle.zh("progress.my.percent").replace("{0}", "0"));
        assertThat(driver.findElement(By.id("continueLearning")).getAttribute("href"))
                .as("the module read, its quiz is next")
                .contains("/learn/quiz.xhtml?key=petition-basics");
        checkpoint(JOURNEY, "04-home-after", viewport);

        // the other tabs an officer opens from here: their courses, and 我的 with the module library
        guardHttp(driver.findElement(By.id("navCourses"))::click);
        assertThat(driver.findElement(By.id("navCourses")).getAttribute("aria-current"))
                .isEqualTo("page");
        assertThat(driver.findElement(By.id("navOfficer")).getAttribute("aria-current"))
                .isNull();
        checkpoint(JOURNEY, "05-courses", viewport);
        guardHttp(driver.findElement(By.id("navMine"))::click);
        checkpoint(JOURNEY, "06-mine", viewport);
        guardHttp(driver.findElement(By.id("meLibrary"))::click);
        assertThat(horizontalOverflow()).as("library fits the screen").isLessThanOrEqualTo(0L);
        checkpoint(JOURNEY, "07-library", viewport);
    }
}
