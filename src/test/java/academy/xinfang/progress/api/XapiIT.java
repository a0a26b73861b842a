package academy.xinfang.progress.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.web.QuizPages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ServerTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Learning records exported as xAPI statements through the real server, from what an officer really did. */
class XapiIT extends ServerTest {

    private static JsonArray export(String query) throws Exception {
        HttpResponse<String> resp = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url("/api/xapi/statements" + query)))
                                .header("Authorization", RawClient.basicHeader("admin", PayaraServer.ADMIN_PASSWORD))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
        return Json.createReader(new StringReader(resp.body())).readArray();
    }

    @Test
    void anOfficersModuleVisitAndQuizBecomeStatementsWithStableIds() throws Exception {
        String key = QuizPages.uniqueKey();
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("记录培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
        }
        String officer = fixtures.user("记录学员", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            HtmlPage module = browser.get("/learn/module.xhtml?id=six-taboos");
            module.executeJavaScript("academyReadCmd({v: 1, s: 'objectives', n: 1})");
            browser.client().waitForBackgroundJavaScript(5000);
            HtmlPage attempt = QuizPages.start(browser, key);
            QuizPages.answer(browser, server, attempt, 0, "S:0", false);
            QuizPages.answer(browser, server, attempt, 2, "T:0", false);
            QuizPages.submit(browser, attempt);
        }

        JsonArray statements = export("?user=" + officer);
        List<String> verbs = statements.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonObject("verb").getString("id").replaceAll(".*/", ""))
                .toList();
        assertThat(verbs).contains("experienced", "answered", "failed").doesNotContain("passed");
        for (JsonObject s : statements.getValuesAs(JsonObject.class)) {
            assertThat(s.getString("id"))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(s.getJsonObject("actor").getJsonObject("account").getString("name"))
                    .isEqualTo(officer);
            assertThat(s.getJsonObject("object").getString("id")).startsWith("http");
            assertThat(s.getString("timestamp")).isNotBlank();
        }
        JsonObject quiz = statements.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonObject("verb").getString("id").endsWith("/failed"))
                .findFirst()
                .orElseThrow();
        // one of four right: a quarter of the mark, under the pass mark of 50
        assertThat(quiz.getJsonObject("result")
                        .getJsonObject("score")
                        .getJsonNumber("scaled")
                        .doubleValue())
                .isEqualTo(0.25);
        assertThat(quiz.getJsonObject("object").getString("id")).endsWith("/quizzes/" + key);

        JsonArray again = export("?user=" + officer);
        assertThat(again.getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .toList())
                .as("a re-export gives the same ids")
                .containsExactlyElementsOf(statements.getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .toList());
        assertThat(export("?user=nobody-at-all")).isEmpty();
        assertThat(export("?user=" + officer + "&from=2000-01-01&to=2000-12-31"))
                .isEmpty();
    }
}
