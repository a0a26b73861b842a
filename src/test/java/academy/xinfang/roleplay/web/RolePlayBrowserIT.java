package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.testing.BrowserTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An officer plays a scenario on a 360 px phone: replies by ajax, the mood moves, the scorecard draws its radar. */
class RolePlayBrowserIT extends BrowserTest {
    @Test
    void anOfficerPlaysAScenarioToTheScorecardOnAPhone() {
        String officer = fixtures.user("手机演练", null, "OFFICER");
        usePhone();
        logIn("/", officer);

        guardHttp(driver.findElement(By.id("navRoleplay"))::click);
        guardHttp(driver.findElement(By.cssSelector("#scenario-agitated-province input[type=submit]"))::click);
        assertThat(driver.getCurrentUrl()).contains("/learn/roleplay.xhtml?session=");
        assertThat((String)
                        js("return Array.from(document.querySelectorAll('script[src]')).map(s => s.src).join(' ');"))
                .as("the play page loads neither jQuery nor the PrimeFaces components")
                .doesNotContain("jquery")
                .doesNotContain("core.js")
                .doesNotContain("components.js");
        String agitationBefore = driver.findElement(By.id("agitation")).getAttribute("aria-valuenow");

        for (int turn = 1; turn <= 20 && driver.getCurrentUrl().contains("/roleplay.xhtml"); turn++) {
            assertThat(horizontalOverflow())
                    .as("play page fits a 360 px screen at turn " + turn)
                    .isLessThanOrEqualTo(0L);
            int replies = driver.findElements(By.cssSelector("#transcript li.officer"))
                    .size();
            driver.findElement(By.id("choice-0")).click();
            waitUntil(d -> !d.getCurrentUrl().contains("/roleplay.xhtml")
                    || d.findElements(By.cssSelector("#transcript li.officer")).size() > replies);
            waitForAjax();
            if (driver.getCurrentUrl().contains("/roleplay.xhtml")) {
                assertThat((Boolean) js("var r = document.getElementById('visitorLine').getBoundingClientRect();"
                                + " return r.top >= 0 && r.top < window.innerHeight;"))
                        .as("the visitor's new words are in view after turn " + turn)
                        .isTrue();
            }
            if (turn == 1 && driver.getCurrentUrl().contains("/roleplay.xhtml")) {
                assertThat(driver.findElement(By.id("agitation")).getAttribute("aria-valuenow"))
                        .as("the first good reply calms the visitor")
                        .isNotEqualTo(agitationBefore);
            }
        }

        waitUntil(d -> d.getCurrentUrl().contains("/learn/roleplay-result.xhtml"));
        waitForAjax();
        assertThat(driver.findElement(By.id("ending")).getAttribute("data-ending"))
                .isNotBlank();
        assertThat(driver.findElements(By.cssSelector("#qualities tr")))
                .as("agitated-province moves all seven")
                .hasSize(7);
        assertThat(
                        (Boolean)
                                js(
                                        "var p = document.querySelector('#radar polygon.score').getBBox(); return p.width > 0 && p.height > 0;"))
                .as("the radar's score polygon is drawn")
                .isTrue();
        assertThat((String)
                        js("return Array.from(document.querySelectorAll('script[src]')).map(s => s.src).join(' ');"))
                .as("the scorecard needs no chart script")
                .doesNotContain("chart")
                .doesNotContain("jquery");
        assertThat(horizontalOverflow()).as("scorecard fits a 360 px screen").isLessThanOrEqualTo(0L);
    }

    /**
     * A slow reply: the first tap's request is held in the browser (as a slow network would) until the test lets it
     * go. Meanwhile the page says it is waiting and its buttons are disabled; a second tap forced through on an old
     * button (as a tap landing before the script disabled it would be) goes out after the first, still naming the
     * turn it was for, and is refused. Only the first reply is recorded.
     */
    @Test
    void aSecondTapWhileASlowReplyIsOnItsWayRecordsOnlyTheFirstReply() {
        String officer = fixtures.user("慢网学员", null, "OFFICER");
        usePhone();
        logIn("/", officer);
        guardHttp(driver.findElement(By.id("navRoleplay"))::click);
        guardHttp(driver.findElement(By.cssSelector("#scenario-first-time-land input[type=submit]"))::click);
        String playUrl = driver.getCurrentUrl();
        assertThat(playUrl).contains("/learn/roleplay.xhtml?session=");
        List<WebElement> shown = driver.findElements(By.cssSelector("#reply button.choice"));
        assertThat(shown).hasSizeGreaterThan(1);
        String firstId = shown.get(0).getAttribute("id");
        String firstText = shown.get(0).getText().strip();
        String secondId = shown.get(1).getAttribute("id");
        assertThat(driver.findElement(By.id("waiting")).isDisplayed())
                .as("not waiting before any tap")
                .isFalse();

        js("""
                var send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function (body) {
                  var xhr = this;
                  if (window.heldReply === undefined) {
                    window.heldReply = function () { send.call(xhr, body); };
                  } else {
                    send.call(xhr, body);
                  }
                };""");
        driver.findElement(By.id(firstId)).click();

        waitUntil(d -> d.findElement(By.id("waiting")).isDisplayed());
        assertThat(driver.findElements(By.cssSelector("#reply button.choice")))
                .as("every reply button is disabled while the reply is on its way")
                .allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
        assertThat(driver.findElement(By.id("talk")).getAttribute("aria-busy")).isEqualTo("true");
        driver.findElement(By.id(secondId)).click();
        assertThat((Boolean) js("return typeof window.heldReply === 'function';"))
                .as("a tap on a disabled button sends nothing")
                .isTrue();

        js("var b = document.getElementById(arguments[0]); b.disabled = false; b.click();", secondId);
        js("window.heldReply();");

        String refused = Messages.text(Locale.SIMPLIFIED_CHINESE, "roleplay.staleTurn");
        waitUntil(d -> d.findElement(By.id("messages")).getText().contains(refused));
        assertThat(officerReplies())
                .as("the talk on screen holds only the first reply")
                .containsExactly(firstText);
        assertThat(driver.findElement(By.id("waiting")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#reply button.choice")))
                .as("the next node's buttons can be tapped")
                .allSatisfy(b -> assertThat(b.isEnabled()).isTrue());

        guardHttp(() -> driver.get(playUrl));
        assertThat(officerReplies())
                .as("the turn log holds only the first reply")
                .containsExactly(firstText);
    }

    private List<String> officerReplies() {
        return driver.findElements(By.cssSelector("#transcript li.officer p")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }
}
