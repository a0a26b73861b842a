package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The problem details the API answers for each way a call can end other than with its answer (JAX-RS's own refusals
 * are given by status here: building one needs the JAX-RS implementation, which only the server has; ApiIT sends them
 * through the real server).
 */
class ApiExceptionMapperTest {
    private static JsonObject problem(Throwable thrown, int status, Locale locale) {
        return ApiExceptionMapper.problem(thrown, status, locale, "/api/x");
    }

    @Test
    void aConflictIsAPlainStatusWithTheBundlesWords() {
        JsonObject json = problem(new RuntimeException(), 409, Locale.SIMPLIFIED_CHINESE);
        assertThat(json.getInt("status")).isEqualTo(409);
        assertThat(json.getString("type")).isEqualTo("about:blank");
        assertThat(json.getString("title")).isEqualTo(Messages.text(Locale.SIMPLIFIED_CHINESE, "problem.409.title"));
        assertThat(json.getString("detail")).isEqualTo(Messages.text(Locale.SIMPLIFIED_CHINESE, "problem.409.detail"));
        assertThat(json.getString("instance")).isEqualTo("/api/x");
    }

    @Test
    void aRefusalNamesItsReasonAndCarriesItsExtensions() {
        JsonObject json = problem(
                new ApiRefusal(
                        Refusal.of(422, "api.csvRefused", 2),
                        locale -> Json.createObjectBuilder().add("errors", 2).build()),
                0,
                Locale.ENGLISH);
        assertThat(json.getInt("status")).isEqualTo(422);
        assertThat(json.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "api.csvRefused");
        assertThat(json.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "api.csvRefused", 2));
        assertThat(json.getInt("errors")).isEqualTo(2);
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        JsonObject json = problem(new JsonException("Unexpected char"), 0, Locale.ENGLISH);
        assertThat(json.getInt("status")).isEqualTo(400);
        assertThat(json.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "problem.json");
        assertThat(json.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "problem.json"));
    }

    @Test
    void anUnexpectedErrorShowsAnIdAndNothingOfTheCause() {
        JsonObject json = problem(new IllegalStateException("secret table app_user"), 0, Locale.ENGLISH);
        assertThat(json.getInt("status")).isEqualTo(500);
        assertThat(json.getString("instance")).matches("urn:uuid:[0-9a-f-]{36}");
        assertThat(json.toString()).doesNotContain("secret", "IllegalState", "app_user");
    }

    @Test
    void aStatusWithoutWordsOfItsOwnTakesThoseOfItsClass() {
        JsonObject json = problem(new RuntimeException(), 418, Locale.ENGLISH);
        assertThat(json.getString("title")).isEqualTo(Messages.text(Locale.ENGLISH, "problem.4xx.title"));
        assertThat(json.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "problem.4xx.detail"));
    }

    @Test
    void theCallersLanguageComesFromAcceptLanguage() {
        assertThat(ApiErrors.locale("zh-TW,en;q=0.5", null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ApiErrors.locale("fr, en;q=0.8", null)).isEqualTo(Locale.ENGLISH);
        assertThat(ApiErrors.locale("zh;q=0, en", null)).isEqualTo(Locale.ENGLISH);
        assertThat(ApiErrors.locale("fr", null)).isNull();
        assertThat(ApiErrors.locale("!!", Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    }
}
