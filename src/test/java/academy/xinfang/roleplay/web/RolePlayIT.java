package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.RolePlays;
import academy.xinfang.testing.ServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            assertThat(list.getElementById("scenario-first-time-land").asNormalizedText())
                    .contains("陈大姐");
            assertThat(list.getElementById("scenario-agitated-province")).isNotNull();

            HtmlPage page = officer.click(start(list, "first-time-land"));
            assertThat(page.getUrl().toString()).contains("/learn/roleplay.xhtml?session=");
            session = page.getUrl().getQuery().replace("session=", "");
            assertThat(page.getElementById("visitorLine").asNormalizedText()).contains("头一回来");
            assertThat(page.getElementById("agitation").getAttribute("aria-valuenow"))
                    .isEqualTo("25");

            for (int turn = 0; turn < PATH.size(); turn++) {
                assertThat(page.getUrl().getPath())
                        .as("still playing at turn " + (turn + 1))
                        .endsWith("/roleplay.xhtml");
                officer.click(page.getHtmlElementById("choice-" + PATH.get(turn)));
                officer.client().waitForBackgroundJavaScript(10_000);
                page = (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();
                if (turn == 0) {
                    assertThat(page.getElementById("agitation").getAttribute("aria-valuenow"))
                            .isEqualTo("20");
                    assertThat(page.getElementById("agitationChange").asNormalizedText())
                            .isEqualTo("-5");
                    assertThat(page.getElementById("trustChange").asNormalizedText())
                            .isEqualTo("+10");
                }
                if (turn == 1) {
                    assertThat(page.getElementById("transcript").asNormalizedText())
                            .contains("补偿都是统一标准");
                    assertThat(page.querySelectorAll("#transcript li.officer")).hasSize(2);
                }
            }

            assertThat(page.getUrl().toString()).contains("/learn/roleplay-result.xhtml?session=" + session);
            assertThat(page.getElementById("ending").getAttribute("data-ending"))
                    .isEqualTo("settled");
            assertThat(page.getElementById("grade").asNormalizedText())
                    .contains("60")
                    .contains("C");
            assertThat(page.getElementById("caps").asNormalizedText()).contains("严重");
            // the five qualities first-time-land's replies move; political integrity is not among them
            assertThat(page.querySelectorAll("#qualities tr")).hasSize(5);
            assertThat(page.querySelectorAll("#radar polygon.score")).hasSize(1);
            assertThat(page.querySelectorAll("#radar text.label")).hasSize(5);
            assertThat(page.getElementById("radar").getTextContent())
                    .as("labels in the page's language")
                    .contains("法制意识")
                    .doesNotContain("政治素养");
            List<DomElement> hits = page.querySelectorAll("#tabooHits li.taboo-hit").stream()
                    .map(DomElement.class::cast)
                    .toList();
            assertThat(hits).hasSize(1);
            DomElement hit = hits.get(0);
            assertThat(hit.getAttribute("data-turn")).isEqualTo("2");
            assertThat(hit.getAttribute("data-taboo")).isEqualTo("CARELESS_PROMISE");
            assertThat(hit.asNormalizedText())
                    .contains("第 2 轮")
                    .contains("随意答复")
                    .contains("补偿都是统一标准")
                    .contains("没看材料就下结论");
            assertThat(((DomElement) hit.querySelector("a.section-link")).getAttribute("href"))
                    .endsWith("/learn/module.xhtml?id=six-taboos#careless-promise");

            assertThat(page.querySelectorAll("#turnLog li.officer")).hasSize(PATH.size());
            assertThat(page.getElementById("turnLog").getTextContent()).contains("第 2 轮");

            HtmlPage again = officer.click(page.getHtmlElementById("again:playAgain"));
            assertThat(again.getUrl().toString())
                    .contains("/learn/roleplay.xhtml?session=")
                    .doesNotContain("session=" + session + "&")
                    .doesNotEndWith("session=" + session);
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
            assertThat(other.status(other.get("/learn/roleplay.xhtml?session=999999")))
                    .isEqualTo(404);
        }
    }

    /**
     * Replies are shown in the session's own order; whichever place the clicked reply has, its id is what the page
     * posts and what the turn log keeps. Here the officer always clicks the reply shown last.
     * <p>
     * Each session draws its seed at random, so one session's path may, by chance, show every node in authored order
     * (the path clicked here has few nodes with few replies). Sessions are played until one shows a node out of order;
     * every session played must log exactly the replies clicked.
     */
    @Test
    void theReplyLoggedIsTheOneClickedWhereverItIsShown() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("乱序学员", null, "OFFICER"), Fixtures.PASSWORD);
            boolean shuffledSomewhere = false;
            for (int played = 0; played < 12 && !shuffledSomewhere; played++) {
                shuffledSomewhere = playClickingTheLastReply(officer);
            }
            assertThat(shuffledSomewhere)
                    .as("some node of twelve sessions shows its replies out of authored order")
                    .isTrue();
        }
    }

    /** Plays one session of first-time-land to its end; true if some node showed its replies out of authored order. */
    private static boolean playClickingTheLastReply(Browser officer) {
        HtmlPage page = officer.click(start(officer.get("/learn/roleplays.xhtml"), "first-time-land"));
        List<String> clicked = new ArrayList<>();
        boolean shuffled = false;
        for (int turn = 1; turn <= 20 && page.getUrl().getPath().endsWith("/roleplay.xhtml"); turn++) {
            List<HtmlElement> shown = page.querySelectorAll("#choices button.choice").stream()
                    .map(HtmlElement.class::cast)
                    .toList();
            List<Integer> ids = shown.stream()
                    .map(b -> Integer.valueOf(b.getAttribute("data-choice")))
                    .toList();
            assertThat(ids)
                    .as("each reply once at turn " + turn)
                    .doesNotHaveDuplicates()
                    .allSatisfy(id -> assertThat(id).isBetween(0, shown.size() - 1));
            shuffled |= !ids.equals(ids.stream().sorted().toList());
            HtmlElement last = shown.get(shown.size() - 1);
            assertThat(last.getId()).isEqualTo("choice-" + ids.get(ids.size() - 1));
            clicked.add(last.getTextContent().replaceAll("\\s+", " ").strip());
            officer.click(last);
            officer.client().waitForBackgroundJavaScript(10_000);
            page = (HtmlPage) officer.client().getCurrentWindow().getEnclosedPage();
        }

        assertThat(page.getUrl().getPath()).endsWith("/roleplay-result.xhtml");
        assertThat(page.querySelectorAll("#turnLog li.officer").stream()
                        .map(e -> ((DomElement) e)
                                .querySelector("p")
                                .getTextContent()
                                .replaceAll("\\s+", " ")
                                .strip()))
                .as("the log holds exactly the replies clicked")
                .containsExactlyElementsOf(clicked);
        return shuffled;
    }

    /**
     * A second reply posted from the same page (its view has meanwhile moved on to the next node) still names the turn
     * it was for: it is refused with the bundle message and the log keeps only the first reply.
     */
    @Test
    void aReplyToATurnAlreadyAnsweredIsRefusedAndNothingIsRecorded() {
        RawClient officer = new RawClient(server).login(fixtures.user("双击学员", null, "OFFICER"), Fixtures.PASSWORD);
        String session = RolePlays.start(officer, "first-time-land");
        RawClient.Response page = officer.get("/learn/roleplay.xhtml?session=" + session);
        List<String> ids = choiceIds(page.body());
        assertThat(ids).hasSizeGreaterThan(1);

        RawClient.Response first = reply(officer, session, page, "0", ids.get(0));
        assertThat(first.status()).isLessThan(400);
        String afterFirst =
                officer.get("/learn/roleplay.xhtml?session=" + session).body();
        String transcript = RawClient.element(afterFirst, "transcript");
        assertThat(transcript.split("says officer", -1)).as("one reply logged").hasSize(2);

        RawClient.Response second = reply(officer, session, page, "0", ids.get(1));

        assertThat(second.status()).isEqualTo(200);
        assertThat(RawClient.text(RawClient.element(second.body(), "messages")))
                .contains(Messages.text(Locale.SIMPLIFIED_CHINESE, "roleplay.staleTurn"));
        String after = officer.get("/learn/roleplay.xhtml?session=" + session).body();
        assertThat(RawClient.element(after, "transcript"))
                .as("the turn log is unchanged")
                .isEqualTo(transcript);

        RawClient.Response noTurn = officer.postForm(
                "/learn/roleplay.xhtml",
                Map.of(
                        "reply",
                        "reply",
                        "reply:send",
                        ids.get(0),
                        "session",
                        session,
                        "jakarta.faces.ViewState",
                        page.viewState(),
                        RawClient.NONCE_FIELD,
                        page.nonce()),
                Map.of());
        assertThat(RawClient.text(RawClient.element(noTurn.body(), "messages")))
                .contains(Messages.text(Locale.SIMPLIFIED_CHINESE, "roleplay.staleTurn"));
        assertThat(RawClient.element(
                        officer.get("/learn/roleplay.xhtml?session=" + session).body(), "transcript"))
                .as("a reply naming no turn is not recorded either")
                .isEqualTo(transcript);
    }

    private static RawClient.Response reply(
            RawClient officer, String session, RawClient.Response page, String turn, String choice) {
        return officer.postForm(
                "/learn/roleplay.xhtml",
                Map.of(
                        "reply",
                        "reply",
                        "turn",
                        turn,
                        "reply:send",
                        choice,
                        "session",
                        session,
                        "jakarta.faces.ViewState",
                        page.viewState(),
                        RawClient.NONCE_FIELD,
                        page.nonce()),
                Map.of());
    }

    private static List<String> choiceIds(String html) {
        Matcher m = Pattern.compile("data-choice=\"(\\d+)\"").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void trainersSeeHowOftenEachReplyIsChosen() {
        String officerName = fixtures.user("分析学员", null, "OFFICER");
        try (Browser officer = new Browser(server)) {
            officer.login(officerName, Fixtures.PASSWORD);
            HtmlPage page = officer.click(start(officer.get("/learn/roleplays.xhtml"), "social-security"));
            officer.click(page.getHtmlElementById("choice-0"));
            officer.client().waitForBackgroundJavaScript(10_000);
            assertThat(officer.status(officer.get("/trainer/roleplay-analysis.xhtml?scenario=social-security")))
                    .as("officers do not see the analysis")
                    .isEqualTo(403);
        }
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage page = trainer.get("/trainer/roleplay-analysis.xhtml?scenario=social-security");
            assertThat(page.getElementById("analysis")).isNotNull();
            DomElement firstNode = page.querySelector(".node-stats");
            assertThat(firstNode).isNotNull();
            assertThat(firstNode.querySelector("tr[data-choice='0'] td.taken").asNormalizedText())
                    .doesNotStartWith("0 ");
            assertThat(page.getElementById("strongTaboos")).isNotNull();
        }
    }

    @Test
    void administratorsSeeTheScenarioImportAndCanImportAgain() {
        HtmlPage page = fixtures.admin().get("/admin/scenarios.xhtml");
        assertThat(page.getElementById("problems").asNormalizedText()).contains("没有发现问题");
        HtmlPage after = fixtures.admin().click(page.getHtmlElementById("actions:reimport"));
        assertThat(after.getElementById("messages").asNormalizedText())
                .contains("情景导入完成")
                .contains("未变 9 个");
    }

    private static HtmlElement start(HtmlPage list, String scenarioKey) {
        DomElement card = list.getElementById("scenario-" + scenarioKey);
        assertThat(card).as("card of " + scenarioKey).isNotNull();
        return (HtmlElement) card.querySelector("input[type=submit], button");
    }
}
