package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** An officer plays a scenario on a 360 px phone: replies by ajax, the mood moves, the scorecard draws its radar. */
class RolePlayBrowserIT extends BrowserTest {
    @Test
    void anOfficerPlaysAScenarioToTheScorecardOnAPhone() {
        String officer = fixtures.user("手机演练", null, "OFFICER");
        driver = Chromium.start(true);
        logIn("/", officer);
        JavascriptExecutor js = (JavascriptExecutor) driver;

        driver.findElement(By.id("navRoleplay")).click();
        Chromium.settle(driver);
        driver.findElement(By.cssSelector("#scenario-agitated-province input[type=submit]")).click();
        Chromium.settle(driver);
        assertThat(driver.getCurrentUrl()).contains("/learn/roleplay.xhtml?session=");
        assertThat((String) js.executeScript("return Array.from(document.querySelectorAll('script[src]')).map(s => s.src).join(' ');"))
                .as("the play page loads neither jQuery nor the PrimeFaces components").doesNotContain("jquery")
                .doesNotContain("core.js").doesNotContain("components.js");
        String agitationBefore = driver.findElement(By.id("agitation")).getAttribute("aria-valuenow");

        for (int turn = 1; turn <= 20 && driver.getCurrentUrl().contains("/roleplay.xhtml"); turn++) {
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .as("play page fits a 360 px screen at turn " + turn).isLessThanOrEqualTo(0L);
            int replies = driver.findElements(By.cssSelector("#transcript li.officer")).size();
            driver.findElement(By.id("reply:options:0:choice")).click();
            Chromium.waitFor(driver).until(d -> !d.getCurrentUrl().contains("/roleplay.xhtml")
                    || d.findElements(By.cssSelector("#transcript li.officer")).size() > replies);
            Chromium.settle(driver);
            if (driver.getCurrentUrl().contains("/roleplay.xhtml")) {
                assertThat((Boolean) js.executeScript("var r = document.getElementById('visitorLine').getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight;"))
                        .as("the visitor's new words are in view after turn " + turn).isTrue();
            }
            if (turn == 1 && driver.getCurrentUrl().contains("/roleplay.xhtml")) {
                assertThat(driver.findElement(By.id("agitation")).getAttribute("aria-valuenow"))
                        .as("the first good reply calms the visitor").isNotEqualTo(agitationBefore);
            }
        }

        Chromium.waitFor(driver).until(d -> d.getCurrentUrl().contains("/learn/roleplay-result.xhtml"));
        Chromium.settle(driver);
        assertThat(driver.findElement(By.id("ending")).getAttribute("data-ending")).isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#qualities tr"))).as("agitated-province moves all seven").hasSize(7);
        assertThat((Boolean) js.executeScript(
                "var p = document.querySelector('#radar polygon.score').getBBox(); return p.width > 0 && p.height > 0;"))
                .as("the radar's score polygon is drawn").isTrue();
        assertThat((String) js.executeScript("return Array.from(document.querySelectorAll('script[src]')).map(s => s.src).join(' ');"))
                .as("the scorecard needs no chart script").doesNotContain("chart").doesNotContain("jquery");
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                .as("scorecard fits a 360 px screen").isLessThanOrEqualTo(0L);
    }
}
