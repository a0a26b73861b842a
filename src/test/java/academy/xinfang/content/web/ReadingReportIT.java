package academy.xinfang.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ServerTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The module page keeps no view state on the server, and its reading reports go to a plain servlet answering in JSON:
 * only a report carrying the session's token counts, so a page on another site cannot post reading in an officer's
 * name.
 */
class ReadingReportIT extends ServerTest {
    private static final String MODULE = "six-taboos";
    private static final Pattern TOKEN = Pattern.compile("data-token=\"([0-9a-f]+)\"");

    @Test
    void theModulePageKeepsNoViewStateOnTheServer() {
        RawClient officer = new RawClient(server).login(fixtures.user("无状态读者", null, "OFFICER"), Fixtures.PASSWORD);
        RawClient.Response page = officer.get("/learn/module.xhtml?id=" + MODULE);

        assertThat(page.status()).isEqualTo(200);
        // no Faces form at all (the top bar is a plain form, the reports go to a servlet): Mojarra saves no view
        assertThat(page.viewState()).isNull();
        assertThat(page.body()).contains("id=\"moduleTitle\"");
    }

    @Test
    void theLanguageSwitchOfAStatelessModulePageReturnsToTheSameModule() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("换语言读者", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage page = officer.get("/learn/module.xhtml?id=" + MODULE);

            HtmlPage english = officer.click(page.getHtmlElementById("topForm:langEn"));

            assertThat(english.getUrl().toString()).contains("id=" + MODULE);
            assertThat(english.getElementById("moduleTitle")).isNotNull();
            assertThat(english.getElementById("progressText").asNormalizedText())
                    .contains("0% read");
        }
    }

    @Test
    void aReportWithoutTheSessionsTokenIsRefusedAndCountsForNothing() {
        RawClient officer = new RawClient(server).login(fixtures.user("伪造读者", null, "OFFICER"), Fixtures.PASSWORD);
        String token = token(officer.get("/learn/module.xhtml?id=" + MODULE).body());

        RawClient.Response missing = officer.postForm("/learn/reading", report(null), Map.of());
        RawClient.Response wrong =
                officer.postForm("/learn/reading", report(token.replace(token.charAt(0), 'x')), Map.of());

        assertThat(missing.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(lastSection(officer))
                .as("no resume point from a refused report")
                .isEmpty();

        RawClient.Response own = officer.postForm("/learn/reading", report(token), Map.of());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("\"status\":\"SAVED\"", "\"key\":\"objectives\"", "\"percent\":0");
        assertThat(lastSection(officer)).isEqualTo("objectives");
    }

    @Test
    void anotherSessionsTokenIsRefused() {
        String name = fixtures.user("两会话读者", null, "OFFICER");
        RawClient first = new RawClient(server).login(name, Fixtures.PASSWORD);
        RawClient second = new RawClient(server).login(name, Fixtures.PASSWORD);
        String firstToken = token(first.get("/learn/module.xhtml?id=" + MODULE).body());
        token(second.get("/learn/module.xhtml?id=" + MODULE).body());

        assertThat(second.postForm("/learn/reading", report(firstToken), Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReportOnAModuleNotOnlineIsDropped() {
        RawClient officer = new RawClient(server).login(fixtures.user("下线读者", null, "OFFICER"), Fixtures.PASSWORD);
        String token = token(officer.get("/learn/module.xhtml?id=" + MODULE).body());
        Map<String, String> fields = report(token);
        fields.put("id", "no-such-module");

        RawClient.Response dropped = officer.postForm("/learn/reading", fields, Map.of());

        assertThat(dropped.status()).isEqualTo(200);
        assertThat(dropped.body()).contains("\"status\":\"DROPPED\"");
    }

    private static Map<String, String> report(String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", MODULE);
        fields.put("v", "1");
        fields.put("s", "objectives");
        fields.put("n", "1");
        if (token != null) {
            fields.put("token", token);
        }
        return fields;
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the module page carries the session's token").isTrue();
        return m.group(1);
    }

    private static String lastSection(RawClient officer) {
        String page = officer.get("/learn/module.xhtml?id=" + MODULE).body();
        Matcher m = Pattern.compile("data-last-section=\"([^\"]*)\"").matcher(page);
        return m.find() ? m.group(1) : "";
    }
}
