package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;
import org.junit.jupiter.api.Test;

/**
 * A live role-play scored by a trainer on the rubric: saved against the officer, seen by that officer and the trainer,
 * refused to another officer, and the form kept by Faces with a message when the rubric is incomplete.
 */
class LiveRolePlayIT extends ServerTest {

    @Test
    void aTrainerScoresALiveRolePlayAndOnlyThatOfficerAndTrainersSeeIt() {
        String officerName = fixtures.user("现场学员", null, "OFFICER");
        String otherName = fixtures.user("旁观学员", null, "OFFICER");
        String cardUrl;
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("现场培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage page = trainer.get("/trainer/live-roleplay.xhtml");
            assertThat(page.querySelectorAll("#officerList option[value='" + officerName + "']"))
                    .hasSize(1);
            ((HtmlTextInput) page.getElementById("rubric:officer")).setText(officerName);
            HtmlSelect scenario = (HtmlSelect) page.getElementById("rubric:scenario");
            scenario.setSelectedAttribute(scenario.getOptionByValue("wage-arrears"), true);
            rateAll(page, "#qualityRatings", 4);
            HtmlPage refused = trainer.click(page.getHtmlElementById("rubric:save"));
            assertThat(refused.getUrl().getPath()).endsWith("/trainer/live-roleplay.xhtml");
            assertThat(refused.getElementById("messages").asNormalizedText())
                    .contains("还没有打分")
                    .contains("热心");

            page = refused;
            rateAll(page, "#qualityRatings", 4);
            rateAll(page, "#attitudeRatings", 3);
            DomElement buck = page.querySelector("#tabooChecks .taboo-row[data-tag='BUCK_PASSING']");
            ((HtmlCheckBoxInput) buck.querySelector("input[type=checkbox]")).setChecked(true);
            ((HtmlTextInput) buck.querySelector("input[type=text]")).setText("让工人自己去法院起诉");
            ((HtmlTextArea) page.getElementById("rubric:overall")).setText("开场稳住了情绪，欠薪途径要讲清楚");
            HtmlPage saved = trainer.click(page.getHtmlElementById("rubric:save"));

            assertThat(saved.getUrl().getPath()).endsWith("/learn/live-scorecard.xhtml");
            cardUrl = saved.getUrl().getFile();
            assertCard(saved, officerName);
            HtmlPage list = trainer.get("/trainer/live-roleplay.xhtml");
            assertThat(list.querySelectorAll("#recent li[data-officer='" + officerName + "']"))
                    .hasSize(1);
        }

        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            assertCard(officer.get(cardUrl), officerName);
            HtmlPage mine = officer.get("/learn/live-scorecards.xhtml");
            assertThat(mine.querySelectorAll("article.live-scorecard")).hasSize(1);
            assertCard(mine, officerName);
            assertThat(officer.status(officer.get("/trainer/live-roleplay.xhtml")))
                    .isEqualTo(403);
        }

        try (Browser other = new Browser(server)) {
            other.login(otherName, Fixtures.PASSWORD);
            HtmlPage page = other.get(cardUrl);
            assertThat(other.status(page)).isEqualTo(403);
            assertThat(page.asNormalizedText()).doesNotContain("让工人自己去法院起诉");
            assertThat(other.get("/learn/live-scorecards.xhtml").querySelectorAll("article.live-scorecard"))
                    .isEmpty();
            assertThat(other.status(other.get("/learn/live-scorecard.xhtml?id=999999")))
                    .isEqualTo(404);
        }
    }

    private static void assertCard(HtmlPage page, String officer) {
        DomElement card = page.querySelector("article.live-scorecard[data-officer='" + officer + "']");
        assertThat(card).as("scorecard of " + officer).isNotNull();
        assertThat(card.querySelectorAll("table.qualities tr")).hasSize(7);
        assertThat(((DomElement) card.querySelector("table.qualities tr[data-tag='POLICY_AND_LAW'] td.rating"))
                        .getTextContent()
                        .strip())
                .isEqualTo("4");
        assertThat(card.querySelectorAll("table.attitudes tr")).hasSize(6);
        assertThat(card.querySelectorAll("ul.taboos li[data-observed='true']")).hasSize(1);
        assertThat(((DomElement) card.querySelector("ul.taboos li[data-taboo='BUCK_PASSING']")).getTextContent())
                .contains("让工人自己去法院起诉");
        assertThat(card.getTextContent()).contains("年关讨薪").contains("欠薪途径要讲清楚");
    }

    private static void rateAll(HtmlPage page, String fieldset, int rating) {
        for (DomElement row : page.querySelectorAll(fieldset + " .rating-row").stream()
                .map(DomElement.class::cast)
                .toList()) {
            ((HtmlRadioButtonInput) row.querySelector("input[type=radio][value='" + rating + "']")).setChecked(true);
        }
    }
}
