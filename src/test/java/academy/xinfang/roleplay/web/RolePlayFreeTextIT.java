package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;

/**
 * A typed reply through the real server: the officer types buck-passing words on a free-text node, the scorecard
 * flags them, a trainer overrides the score with a note, and the officer's scorecard shows the override.
 */
class RolePlayFreeTextIT extends ServerTest {

    @Test
    void aTypedBuckPassingReplyIsFlaggedAndATrainersOverrideSticks() {
        String officerName = fixtures.user("自拟学员", null, "OFFICER");
        String session;
        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            HtmlPage page = officer.click((HtmlElement)
                    list.getElementById("scenario-first-time-land").querySelector("input[type=submit], button"));
            session = page.getUrl().getQuery().replace("session=", "");
            assertThat(page.getElementById("typed:text"))
                    .as("the first node takes no typed reply")
                    .isNull();
            page = reply(officer, page, 0);

            HtmlTextArea box = (HtmlTextArea) page.getElementById("typed:text");
            assertThat(box).as("the listening node takes a typed reply").isNotNull();
            assertThat(box.getAttribute("maxlength")).isEqualTo("500");
            box.setText("<b>这事</b>不归我们管，你去找国土局");
            officer.click(page.getHtmlElementById("typed:send"));
            officer.client().waitForBackgroundJavaScript(10_000);
            page = (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();

            assertThat(page.getElementById("lastReply"))
                    .as("the scorer's findings are shown")
                    .isNotNull();
            assertThat(page.querySelectorAll("#lastReplyText .hit.taboo"))
                    .extracting(n -> n.getTextContent())
                    .containsExactly("不归我们管", "你去找");
            assertThat(page.querySelectorAll("#lastReplyHits li[data-category='BUCK_PASSING']"))
                    .hasSize(2);
            assertThat(page.querySelectorAll("#lastReplyText b"))
                    .as("typed markup is escaped")
                    .isEmpty();
            assertThat(page.getElementById("lastReplyText").getTextContent()).contains("<b>这事</b>");
            assertThat(page.getElementById("transcript").getTextContent()).contains("<b>这事</b>不归我们管");

            for (int i = 0; i < 4; i++) {
                page = reply(officer, page, 0);
            }
            assertThat(page.getUrl().toString()).contains("/learn/roleplay-result.xhtml?session=" + session);
            DomElement hit = page.querySelector("#tabooHits li[data-taboo='BUCK_PASSING']");
            assertThat(hit).as("buck-passing cited").isNotNull();
            assertThat(hit.getAttribute("data-turn")).isEqualTo("2");
            assertThat(hit.querySelectorAll("mark.flagged-word"))
                    .extracting(n -> n.getTextContent())
                    .containsExactly("不归我们管", "你去找");
            assertThat(page.querySelectorAll("#turnLog .override")).isEmpty();
        }

        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("评阅培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage page = trainer.get("/trainer/roleplay-replies.xhtml");
            DomElement item = mine(page, officerName);
            assertThat(item.getTextContent()).contains("不归我们管");
            assertThat(item.querySelectorAll(".taboo-counted")).hasSize(1);
            page = trainer.click((HtmlElement) item.querySelector("input[id$=':edit']"));
            item = mine(page, officerName);
            HtmlCheckBoxInput buck =
                    (HtmlCheckBoxInput) item.querySelector("input[type=checkbox][value='BUCK_PASSING']");
            assertThat(buck.isChecked()).isTrue();
            buck.setChecked(false);
            ((HtmlTextArea) item.querySelector("textarea[id$=':note']")).setText("国土局确是主管部门，已陪同联系，不算推诿");
            int logFrom = server.log().length();
            page = trainer.click((HtmlElement) item.querySelector("input[id$=':save']"));
            assertThat(page.getElementById("messages").asNormalizedText()).contains("改评已保存");
            assertThat(server.log().substring(logFrom))
                    .as("the taboo checkboxes' values convert without a server error")
                    .doesNotContain("SEVERE");
            item = mine(page, officerName);
            assertThat(item.querySelectorAll(".taboo-counted")).isEmpty();
            assertThat(((DomElement) item.querySelector(".override")).getTextContent())
                    .contains("不算推诿");
        }

        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            HtmlPage result = officer.get("/learn/roleplay-result.xhtml?session=" + session);
            assertThat(result.querySelectorAll("#tabooHits li[data-taboo='BUCK_PASSING']"))
                    .isEmpty();
            assertThat(result.getElementById("turnLog").getTextContent()).contains("不算推诿");
            assertThat(officer.status(officer.get("/trainer/roleplay-replies.xhtml")))
                    .isEqualTo(403);
        }
    }

    /**
     * A typed reply sent twice for the same turn (a double tap that got past the disabled button, or a second tab of
     * the same session): the server records the first and refuses the second as stale, so the talk holds one reply.
     */
    @Test
    void aTypedReplySentTwiceForTheSameTurnIsRecordedOnce() {
        try (Browser officer = new Browser(server);
                Browser secondTab = new Browser(server)) {
            officer.login(fixtures.user("双发学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            HtmlPage page = officer.click((HtmlElement)
                    list.getElementById("scenario-first-time-land").querySelector("input[type=submit], button"));
            page = reply(officer, page, 0);
            assertThat(page.getElementById("typed:text")).isNotNull();
            String url = page.getUrl().toString();
            secondTab
                    .client()
                    .getCookieManager()
                    .addCookie(officer.client().getCookieManager().getCookie("JSESSIONID"));
            HtmlPage other = secondTab.get(url.substring(url.indexOf("/learn/")));
            int before = page.querySelectorAll("#transcript li.officer").size();

            ((HtmlTextArea) page.getElementById("typed:text")).setText("您别急，我先把情况记下来");
            officer.click(page.getHtmlElementById("typed:send"));
            officer.client().waitForBackgroundJavaScript(10_000);
            ((HtmlTextArea) other.getElementById("typed:text")).setText("您别急，我先把情况记下来");
            secondTab.click(other.getHtmlElementById("typed:send"));
            secondTab.client().waitForBackgroundJavaScript(10_000);
            other = (HtmlPage) secondTab.client().getCurrentWindow().getEnclosedPage();
            assertThat(other.getElementById("messages").asNormalizedText()).contains(Bundle.zh("roleplay.staleTurn"));

            HtmlPage again = officer.get(url.substring(url.indexOf("/learn/")));
            assertThat(again.querySelectorAll("#transcript li.officer"))
                    .as("one reply recorded, not two")
                    .hasSize(before + 1);
            assertThat(again.getElementById("waiting").getTextContent())
                    .as("nothing is on its way once the page is drawn")
                    .isEmpty();
        }
    }

    @Test
    void aScenarioWithATimeLimitShowsTheCountdownAndAnUntimedOneDoesNot() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("限时学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            HtmlPage timed = officer.click((HtmlElement)
                    list.getElementById("scenario-agitated-province").querySelector("input[type=submit], button"));
            DomElement countdown = timed.getElementById("countdown");
            assertThat(countdown).isNotNull();
            assertThat(countdown.getAttribute("data-limit")).isEqualTo("120");
            assertThat(Integer.parseInt(
                            timed.getElementById("secondsLeft").getTextContent().strip()))
                    .isBetween(100, 120);
            HtmlPage untimed = officer.click((HtmlElement) officer.get("/learn/roleplays.xhtml")
                    .getElementById("scenario-social-security")
                    .querySelector("input[type=submit], button"));
            assertThat(untimed.getElementById("countdown")).isNull();
        }
    }

    private static DomElement mine(HtmlPage page, String officer) {
        List<DomElement> items = page.querySelectorAll("li.typed-reply-review[data-officer='" + officer + "']").stream()
                .map(DomElement.class::cast)
                .toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static HtmlPage reply(Browser officer, HtmlPage page, int choice) {
        officer.click(page.getHtmlElementById("choice-" + choice));
        officer.client().waitForBackgroundJavaScript(10_000);
        return (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();
    }
}
