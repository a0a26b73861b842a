package academy.xinfang.progress.web;

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
 * A trainer's override reaches course completion through the real server: an officer's typed reply is scored as a
 * careless promise (a capping taboo), so the induction's role-play item is not done; a trainer overrides it and the
 * same item is done, with no new session.
 */
class OverrideCompletionIT extends ServerTest {

    private static final String ITEM = "item-induction-scenario-first-time-land";

    @Test
    void anOverrideThatRemovesACappingTabooMakesTheOfficersCourseItemDone() {
        String officerName = fixtures.user("改评学员", null, "OFFICER");
        String trainerName = fixtures.user("改评培训师", null, "TRAINER");
        Browser admin = fixtures.admin();
        HtmlPage assign = admin.get("/admin/courses.xhtml");
        Browser.select(assign, "assignForm:course", "新任信访干部入职培训");
        Browser.select(assign, "assignForm:kind", Bundle.zh("admin.courses.kind.OFFICER"));
        Browser.type(assign, "assignForm:username", officerName);
        Browser.type(assign, "assignForm:start", "2026-01-01");
        Browser.type(assign, "assignForm:deadline", "2037-12-31");
        assertThat(admin.click(assign.getHtmlElementById("assignForm:save"))
                        .getElementById("messages")
                        .asNormalizedText())
                .contains(Bundle.zh("progress.assigned"));

        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            HtmlPage page = officer.click((HtmlElement)
                    list.getElementById("scenario-first-time-land").querySelector("input[type=submit], button"));
            page = reply(officer, page, "迎上去请她坐下");
            ((HtmlTextArea) page.getElementById("typed:text")).setText("您放心吧我们肯定按规定办，一周内答复您");
            officer.click(page.getHtmlElementById("typed:send"));
            officer.client().waitForBackgroundJavaScript(10_000);
            page = (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();
            assertThat(page.querySelectorAll("#lastReplyHits li[data-category='CARELESS_PROMISE']"))
                    .isNotEmpty();
            for (String best : List.of("帮她逐项对照", "说明不同地类", "告诉她被征地农民", "上门把核查结果")) {
                page = reply(officer, page, best);
            }
            assertThat(page.getUrl().toString()).contains("/learn/roleplay-result.xhtml");
            assertThat(page.getElementById("tabooHits").getTextContent())
                    .as("the typed promise is cited")
                    .isNotBlank();
        }
        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            assertThat(status(officer.get("/learn/courses.xhtml")))
                    .as("a capping taboo does not complete the item")
                    .isNotEqualTo("DONE");
        }

        try (Browser trainer = new Browser(server)) {
            trainer.login(trainerName, Fixtures.PASSWORD);
            DomElement item = mine(trainer.get("/trainer/roleplay-replies.xhtml"), officerName);
            HtmlPage page = trainer.click((HtmlElement) item.querySelector("input[id$=':edit']"));
            item = mine(page, officerName);
            HtmlCheckBoxInput promise =
                    (HtmlCheckBoxInput) item.querySelector("input[type=checkbox][value='CARELESS_PROMISE']");
            assertThat(promise.isChecked()).isTrue();
            promise.setChecked(false);
            ((HtmlTextArea) item.querySelector("textarea[id$=':note']")).setText("“肯定”说的是按规定办理，时限也是规定的，不算随意许诺");
            page = trainer.click((HtmlElement) item.querySelector("input[id$=':save']"));
            assertThat(page.getElementById("messages").asNormalizedText()).contains("改评已保存");
        }

        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            assertThat(status(officer.get("/learn/courses.xhtml")))
                    .as("the override reaches completion")
                    .isEqualTo("DONE");
        }
    }

    private static String status(HtmlPage courses) {
        DomElement item = courses.getElementById(ITEM);
        assertThat(item).as(ITEM + " on " + courses.asNormalizedText()).isNotNull();
        return item.getAttribute("data-status");
    }

    private static DomElement mine(HtmlPage page, String officer) {
        List<DomElement> items = page.querySelectorAll("li.typed-reply-review[data-officer='" + officer + "']").stream()
                .map(DomElement.class::cast)
                .toList();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** Taps the reply that begins with {@code words}, wherever the page shows it. */
    private static HtmlPage reply(Browser officer, HtmlPage page, String words) {
        HtmlElement button = page.querySelectorAll("input.choice, button.choice").stream()
                .map(HtmlElement.class::cast)
                .filter(b -> (b.getAttribute("value") + b.getTextContent()).contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reply " + words + " on " + page.asNormalizedText()));
        officer.click(button);
        officer.client().waitForBackgroundJavaScript(10_000);
        return (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();
    }
}
