package academy.xinfang.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.ServerTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The administrators' JSON API on the real server: HTTP Basic only, administrators only, CSV import all-or-nothing. */
class ApiIT extends ServerTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static String basic(String user, String password) {
        return RawClient.basicHeader(user, password);
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        return HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postCsv(String csv) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.url("/api/officers")))
                        .header("Authorization", basic("admin", PayaraServer.ADMIN_PASSWORD))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAdministratorsWithBasicCredentialsGetIn() throws Exception {
        HttpResponse<String> anonymous = get("/api/users", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(get("/api/users", basic("admin", "wrong-password")).statusCode())
                .isEqualTo(401);
        String officer = fixtures.user("接口学员", null, "OFFICER");
        assertThat(get("/api/users", basic(officer, Fixtures.PASSWORD)).statusCode())
                .isEqualTo(403);

        HttpResponse<String> list = get("/api/users?q=" + officer, basic("admin", PayaraServer.ADMIN_PASSWORD));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("json"));
        assertThat(list.body())
                .contains("\"username\":\"" + officer + "\"", "\"displayName\":\"接口学员\"", "\"roles\":[\"OFFICER\"]");
    }

    @Test
    void aFailedOrAnonymousBasicCallCreatesNoSession() throws Exception {
        for (String authorization : Arrays.asList(
                null,
                basic("admin", "wrong-password"),
                basic(Fixtures.unique("nobody"), "guess"),
                "Basic !!not-base64")) {
            HttpResponse<String> refused = get("/api/users", authorization);
            assertThat(refused.statusCode()).as(authorization).isEqualTo(401);
            assertThat(refused.headers().allValues("Set-Cookie"))
                    .as(authorization)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
    }

    @Test
    void anAdministratorWhoMustChangeThePasswordGetsAJsonRefusalUntilItIsChanged() throws Exception {
        String admin = fixtures.userWhoMustChangePassword("待改密管理员", null, "ADMIN");
        HttpResponse<String> refused = get("/api/users", basic(admin, Fixtures.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).contains("json"));
        JsonObject json = Json.createReader(new StringReader(refused.body())).readObject();
        assertThat(json.getString("error")).isEqualTo("api.mustChangePassword");
        assertThat(json.getString("message")).isEqualTo(Messages.text(Locale.ENGLISH, "api.mustChangePassword"));
    }

    @Test
    void officersImportFromCsvAllOrNothingWithLineNumbers() throws Exception {
        String code = fixtures.department("接口县", "COUNTY", null);
        String good = Fixtures.unique("api");
        String refusedCsv = "username,display_name,department_code,password\n"
                + good + ",接口甲," + code + ",Initial2026x\n"
                + Fixtures.unique("api") + ",接口乙,NO-SUCH-DEPT,Initial2026x\n";
        HttpResponse<String> refused = postCsv(refusedCsv);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"line\":3");
        assertThat(get("/api/users?q=" + good, basic("admin", PayaraServer.ADMIN_PASSWORD))
                        .body())
                .doesNotContain(good);

        HttpResponse<String> imported =
                postCsv("username,display_name,department_code,password\n" + good + ",接口甲," + code + ",Initial2026x\n");
        assertThat(imported.statusCode()).isEqualTo(201);
        assertThat(imported.body()).contains("\"imported\":1");
        assertThat(get("/api/users?q=" + good, basic("admin", PayaraServer.ADMIN_PASSWORD))
                        .body())
                .contains("\"department\":\"接口县\"");
        try (Browser officer = new Browser(server)) {
            assertThat(officer.login(good, "Initial2026x").getElementById("mustChange"))
                    .as("an officer imported through the API chooses their own password first")
                    .isNotNull();
        }
    }
}
