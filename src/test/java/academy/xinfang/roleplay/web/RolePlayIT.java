package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.util.List;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** A shipped scenario played to its end through the real server, its scorecard, and the session kept to its officer. */
class RolePlayIT extends ServerTest {
    /** first-time-land: good replies everywhere but the careless promise at the second turn; ends settled. */
    private static final List<Integer> PATH = List.of(0, 1, 0, 0, 0, 0);

    @Test
    void anOfficerPlaysAScenarioToItsEndAndTheScorecardCitesTheTabooAtItsTurn() {
        String officerName = fixtures.user("演练学员", null, "OFFICER");
        String session;
        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            assertThat(list.getElementById("navRoleplay")).as("navigation link").isNotNull();
            assertThat(list.getElementById("scenario-first-time-land").asNormalizedText()).contains("陈大姐");
            assertThat(list.getElementById("scenario-agitated-province")).isNotNull();

            HtmlPage page = officer.click(start(list, "first-time-land"));
            assertThat(page.getUrl().toString()).contains("/learn/roleplay.xhtml?session=");
            session = page.getUrl().getQuery().replace("session=", "");
            assertThat(page.getElementById("visitorLine").asNormalizedText()).contains("头一回来");
            assertThat(page.getElementById("agitation").getAttribute("aria-valuenow")).isEqualTo("25");

            for (int turn = 0; turn < PATH.size(); turn++) {
                assertThat(page.getUrl().getPath()).as("still playing at turn " + (turn + 1)).endsWith("/roleplay.xhtml");
                officer.click(page.getHtmlElementById("reply:options:" + PATH.get(turn) + ":choice"));
                officer.client().waitForBackgroundJavaScript(10_000);
                page = (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();
                if (turn == 0) {
                    assertThat(page.getElementById("agitation").getAttribute("aria-valuenow")).isEqualTo("20");
                    assertThat(page.getElementById("agitationChange").asNormalizedText()).isEqualTo("-5");
                    assertThat(page.getElementById("trustChange").asNormalizedText()).isEqualTo("+10");
                }
                if (turn == 1) {
                    assertThat(page.getElementById("transcript").asNormalizedText()).contains("补偿都是统一标准");
                    assertThat(page.querySelectorAll("#transcript li.officer")).hasSize(2);
                }
            }

            assertThat(page.getUrl().toString()).contains("/learn/roleplay-result.xhtml?session=" + session);
            assertThat(page.getElementById("ending").getAttribute("data-ending")).isEqualTo("settled");
            assertThat(page.getElementById("grade").asNormalizedText()).contains("60").contains("C");
            assertThat(page.getElementById("caps").asNormalizedText()).contains("严重");
            // the five qualities first-time-land's replies move; political integrity is not among them
            assertThat(page.querySelectorAll("#qualities tr")).hasSize(5);
            assertThat(page.querySelectorAll("#radar polygon.score")).hasSize(1);
            assertThat(page.querySelectorAll("#radar text.label")).hasSize(5);
            assertThat(page.getElementById("radar").getTextContent()).as("labels in the page's language")
                    .contains("法制意识").doesNotContain("政治素养");
            List<DomElement> hits = page.querySelectorAll("#tabooHits li.taboo-hit").stream()
                    .map(DomElement.class::cast).toList();
            assertThat(hits).hasSize(1);
            DomElement hit = hits.get(0);
            assertThat(hit.getAttribute("data-turn")).isEqualTo("2");
            assertThat(hit.getAttribute("data-taboo")).isEqualTo("CARELESS_PROMISE");
            assertThat(hit.asNormalizedText()).contains("第 2 轮").contains("随意答复").contains("补偿都是统一标准")
                    .contains("没看材料就下结论");
            assertThat(((DomElement) hit.querySelector("a.section-link")).getAttribute("href"))
                    .endsWith("/learn/module.xhtml?id=six-taboos#careless-promise");

            assertThat(page.querySelectorAll("#turnLog li.officer")).hasSize(PATH.size());
            assertThat(page.getElementById("turnLog").getTextContent()).contains("第 2 轮");

            HtmlPage again = officer.click(page.getHtmlElementById("again:playAgain"));
            assertThat(again.getUrl().toString()).contains("/learn/roleplay.xhtml?session=")
                    .doesNotContain("session=" + session + "&").doesNotEndWith("session=" + session);
            HtmlPage listAfter = officer.get("/learn/roleplays.xhtml");
            assertThat(listAfter.getElementById("scenario-first-time-land").asNormalizedText())
                    .contains("最好成绩 60 分（C）");
        }

        try (Browser other = new Browser(server)) {
            other.login(fixtures.user("别的学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage play = other.get("/learn/roleplay.xhtml?session=" + session);
            assertThat(other.status(play)).isEqualTo(403);
            HtmlPage result = other.get("/learn/roleplay-result.xhtml?session=" + session);
            assertThat(other.status(result)).isEqualTo(403);
            assertThat(result.asNormalizedText()).doesNotContain("补偿都是统一标准");
            assertThat(other.status(other.get("/learn/roleplay.xhtml?session=999999"))).isEqualTo(404);
        }
    }

    @Test
    void trainersSeeHowOftenEachReplyIsChosen() {
        String officerName = fixtures.user("分析学员", null, "OFFICER");
        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            HtmlPage page = officer.click(start(officer.get("/learn/roleplays.xhtml"), "social-security"));
            officer.click(page.getHtmlElementById("reply:options:0:choice"));
            officer.client().waitForBackgroundJavaScript(10_000);
            assertThat(officer.status(officer.get("/trainer/roleplay-analysis.xhtml?scenario=social-security")))
                    .as("officers do not see the analysis").isEqualTo(403);
        }
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage page = trainer.get("/trainer/roleplay-analysis.xhtml?scenario=social-security");
            assertThat(page.getElementById("analysis")).isNotNull();
            DomElement firstNode = page.querySelector(".node-stats");
            assertThat(firstNode).isNotNull();
            assertThat(firstNode.querySelector("tr[data-choice='0'] td.taken").asNormalizedText()).doesNotStartWith("0 ");
            assertThat(page.getElementById("strongTaboos")).isNotNull();
        }
    }

    @Test
    void administratorsSeeTheScenarioImportAndCanImportAgain() {
        HtmlPage page = fixtures.admin().get("/admin/scenarios.xhtml");
        assertThat(page.getElementById("problems").asNormalizedText()).contains("没有发现问题");
        HtmlPage after = fixtures.admin().click(page.getHtmlElementById("actions:reimport"));
        assertThat(after.getElementById("messages").asNormalizedText()).contains("情景导入完成").contains("未变 9 个");
    }

    private static HtmlElement start(HtmlPage list, String scenarioKey) {
        DomElement card = list.getElementById("scenario-" + scenarioKey);
        assertThat(card).as("card of " + scenarioKey).isNotNull();
        return (HtmlElement) card.querySelector("input[type=submit], button");
    }
}
