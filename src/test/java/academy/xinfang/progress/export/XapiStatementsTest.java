package academy.xinfang.progress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.testing.TestClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class XapiStatementsTest {

    private static final String BASE = "https://academy.example.gov.cn/xapi";
    private static final String HOME = "https://academy.example.gov.cn/";
    private static final Instant AT = TestClock.NOW;
    private final XapiStatements xapi = new XapiStatements(BASE + "/", HOME);

    /** Serialises and reads back, so the assertions see what a record store would receive. */
    private static JsonObject roundTrip(JsonObject statement) {
        return Json.createReader(new StringReader(statement.toString())).readObject();
    }

    private static void assertRequiredFields(JsonObject s, String verb, String objectId) {
        assertThat(UUID.fromString(s.getString("id")).version()).isEqualTo(5);
        assertThat(s.getJsonObject("actor").getString("objectType")).isEqualTo("Agent");
        assertThat(s.getJsonObject("actor").getJsonObject("account").getString("homePage"))
                .isEqualTo(HOME);
        assertThat(s.getJsonObject("actor").getJsonObject("account").getString("name"))
                .isEqualTo("wang01");
        assertThat(s.getJsonObject("actor").containsKey("name"))
                .as("no real name leaves the system")
                .isFalse();
        assertThat(s.getJsonObject("verb").getString("id")).isEqualTo("http://adlnet.gov/expapi/verbs/" + verb);
        assertThat(s.getJsonObject("object").getString("objectType")).isEqualTo("Activity");
        assertThat(s.getJsonObject("object").getString("id")).isEqualTo(objectId);
        assertThat(Instant.parse(s.getString("timestamp"))).isEqualTo(AT);
    }

    @Test
    void moduleCompletedHasEveryRequiredFieldAndTheIdOfItsNaturalKey() {
        JsonObject s = roundTrip(xapi.moduleCompleted("wang01", "six-taboos", "接待工作的\"六忌\"", AT));

        assertRequiredFields(s, "completed", BASE + "/modules/six-taboos");
        // uuid5(uuid5(NAMESPACE_URL, BASE), "completed\nwang01\n<BASE>/modules/six-taboos\n2026-11-25T08:00:00Z")
        assertThat(s.getString("id")).isEqualTo("73550587-94ed-504c-b423-c38e1977f5c5");
        assertThat(s.getJsonObject("object").getJsonObject("definition").getString("type"))
                .isEqualTo("http://adlnet.gov/expapi/activities/module");
        assertThat(s.getJsonObject("object")
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("zh-CN"))
                .isEqualTo("接待工作的\"六忌\"");
        assertThat(s.getJsonObject("result").getBoolean("completion")).isTrue();
    }

    @Test
    void moduleExperiencedUsesTheExperiencedVerb() {
        JsonObject s = roundTrip(xapi.moduleExperienced("wang01", "petition-basics", "基础", AT));

        assertRequiredFields(s, "experienced", BASE + "/modules/petition-basics");
    }

    @Test
    void reExportGivesTheSameIdAndAnotherEventOrAcademyAnother() {
        String id = xapi.quizFinished("wang01", "six-taboos", "六忌", 7, 0.8, true, AT)
                .getString("id");

        assertThat(xapi.quizFinished("wang01", "six-taboos", "六忌", 7, 0.8, true, AT)
                        .getString("id"))
                .isEqualTo(id);
        assertThat(xapi.quizFinished("wang01", "six-taboos", "六忌", 8, 0.8, true, AT)
                        .getString("id"))
                .isNotEqualTo(id);
        assertThat(xapi.quizFinished("li02", "six-taboos", "六忌", 7, 0.8, true, AT)
                        .getString("id"))
                .isNotEqualTo(id);
        assertThat(new XapiStatements("https://other.example/xapi", HOME)
                        .quizFinished("wang01", "six-taboos", "六忌", 7, 0.8, true, AT)
                        .getString("id"))
                .isNotEqualTo(id);
    }

    @Test
    void quizPassedAndFailedCarryTheScaledScore() {
        JsonObject passed = roundTrip(xapi.quizFinished("wang01", "final-exam", "综合测试", 7, 0.85, true, AT));
        JsonObject failed = roundTrip(xapi.quizFinished("wang01", "final-exam", "综合测试", 8, 0.4, false, AT));

        assertRequiredFields(passed, "passed", BASE + "/quizzes/final-exam");
        assertRequiredFields(failed, "failed", BASE + "/quizzes/final-exam");
        assertThat(passed.getJsonObject("result")
                        .getJsonObject("score")
                        .getJsonNumber("scaled")
                        .doubleValue())
                .isEqualTo(0.85);
        assertThat(passed.getJsonObject("result").getBoolean("success")).isTrue();
        assertThat(failed.getJsonObject("result")
                        .getJsonObject("score")
                        .getJsonNumber("scaled")
                        .doubleValue())
                .isEqualTo(0.4);
        assertThat(failed.getJsonObject("result").getBoolean("success")).isFalse();
        assertThat(passed.getJsonObject("object").getJsonObject("definition").getString("type"))
                .isEqualTo("http://adlnet.gov/expapi/activities/assessment");
    }

    @Test
    void answeredQuestionIsAnInteractionUnderItsQuizWithAnEncodedName() {
        JsonObject s = roundTrip(xapi.questionAnswered("wang01", "six-taboos", 7, "tb 两组", "B", 0.5, AT));

        assertRequiredFields(s, "answered", BASE + "/quizzes/six-taboos/questions/tb%20%E4%B8%A4%E7%BB%84");
        assertThat(s.getJsonObject("result").getString("response")).isEqualTo("B");
        assertThat(s.getJsonObject("result").getBoolean("success"))
                .as("half credit is not success")
                .isFalse();
        assertThat(s.getJsonObject("context")
                        .getJsonObject("contextActivities")
                        .getJsonArray("parent")
                        .getJsonObject(0)
                        .getString("id"))
                .isEqualTo(BASE + "/quizzes/six-taboos");
    }

    @Test
    void scenarioCarriesPointsAndEachQualityAsAResultExtension() {
        JsonObject s = roundTrip(xapi.scenarioCompleted(
                "wang01",
                "wage-arrears",
                "年关讨薪",
                42,
                82,
                Map.of("POLITICAL_INTEGRITY", 70, "PROFESSIONAL_ETHICS", 65),
                "SETTLED",
                AT));

        assertRequiredFields(s, "completed", BASE + "/scenarios/wage-arrears");
        JsonObject result = s.getJsonObject("result");
        assertThat(result.getJsonObject("score").getJsonNumber("scaled").doubleValue())
                .isEqualTo(0.82);
        assertThat(result.getJsonObject("score").getInt("raw")).isEqualTo(82);
        JsonObject extensions = result.getJsonObject("extensions");
        assertThat(extensions.keySet())
                .containsExactly(
                        BASE + "/extensions/quality/POLITICAL_INTEGRITY",
                        BASE + "/extensions/quality/PROFESSIONAL_ETHICS",
                        BASE + "/extensions/ending");
        assertThat(extensions.getInt(BASE + "/extensions/quality/PROFESSIONAL_ETHICS"))
                .isEqualTo(65);
        assertThat(extensions.getString(BASE + "/extensions/ending")).isEqualTo("SETTLED");
        assertThat(s.getJsonObject("object").getJsonObject("definition").getString("type"))
                .isEqualTo("http://adlnet.gov/expapi/activities/simulation");
    }

    @Test
    void statementsAreWrittenAsOneUtf8JsonArray() {
        JsonObject first = xapi.moduleExperienced("wang01", "six-taboos", "六忌", AT);
        JsonObject second = xapi.moduleCompleted("wang01", "six-taboos", "六忌", AT.plusSeconds(600));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XapiStatements.writeArray(List.of(first, second), out);

        JsonArray read = Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .readArray();
        assertThat(read).containsExactly(first, second);
        assertThat(read.getJsonObject(1)
                        .getJsonObject("object")
                        .getJsonObject("definition")
                        .getJsonObject("name")
                        .getString("zh-CN"))
                .isEqualTo("六忌");
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> new XapiStatements("academy/xapi", HOME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiStatements("ftp://x/xapi", HOME)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> xapi.quizFinished("wang01", "q", "t", 1, 1.2, true, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> xapi.moduleCompleted(" ", "m", "t", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> xapi.scenarioCompleted("wang01", "s", "t", 1, 101, Map.of(), "SETTLED", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysOutsideUnreservedAsciiArePercentEncoded() {
        assertThat(List.of(XapiStatements.encode("six-taboos"), XapiStatements.encode("a/b?c")))
                .containsExactly("six-taboos", "a%2Fb%3Fc");
    }
}
