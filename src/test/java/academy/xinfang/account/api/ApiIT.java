package academy.xinfang.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.ApiErrors;
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
        JsonObject json = problem(refused, 403);
        assertThat(json.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "api.mustChangePassword");
        assertThat(json.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "api.mustChangePassword"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder call(String path, String authorization, String language) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (authorization != null) {
            req.header("Authorization", authorization);
        }
        if (language != null) {
            req.header("Accept-Language", language);
        }
        return req;
    }

    /** The answer is RFC 9457 problem details of that status: never an HTML page, never a stack trace. */
    private static JsonObject problem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("<html", "<!DOCTYPE", "Exception", "\tat ", "Payara");
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        assertThat(json.getInt("status")).isEqualTo(status);
        assertThat(json.getString("type")).isNotBlank();
        assertThat(json.getString("title")).isNotBlank().doesNotStartWith("??");
        assertThat(json.getString("detail")).isNotBlank().doesNotStartWith("??");
        return json;
    }

    private static String admin() {
        return basic("admin", PayaraServer.ADMIN_PASSWORD);
    }

    @Test
    void everyRefusalIsProblemDetailsInTheCallersLanguage() throws Exception {
        JsonObject anonymous = problem(send(call("/api/users", null, "zh-CN,zh;q=0.9")), 401);
        assertThat(anonymous.getString("type")).isEqualTo("about:blank");
        assertThat(anonymous.getString("title"))
                .isEqualTo(Messages.text(Locale.SIMPLIFIED_CHINESE, "problem.401.title"));
        assertThat(anonymous.getString("detail"))
                .isEqualTo(Messages.text(Locale.SIMPLIFIED_CHINESE, "problem.401.detail"));
        assertThat(problem(send(call("/api/users", basic("admin", "wrong"), null)), 401)
                        .getString("title"))
                .as("English when the caller names no language")
                .isEqualTo(Messages.text(Locale.ENGLISH, "problem.401.title"));

        String officer = fixtures.user("接口问题学员", null, "OFFICER");
        JsonObject forbidden = problem(send(call("/api/users", basic(officer, Fixtures.PASSWORD), "en")), 403);
        assertThat(forbidden.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "problem.403.detail"));

        JsonObject bad = problem(send(call("/api/users?first=x", admin(), "zh")), 400);
        assertThat(bad.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "request.parameter.range");
        assertThat(bad.getString("detail"))
                .isEqualTo(Messages.text(
                        Locale.SIMPLIFIED_CHINESE, "request.parameter.range", "first", "x", 0, Integer.MAX_VALUE));
        assertThat(bad.getString("title")).isEqualTo(Messages.text(Locale.SIMPLIFIED_CHINESE, "problem.400.title"));

        for (String unknown : new String[] {"/api/no-such-thing", "/api", "/api/users/extra/path"}) {
            JsonObject notFound = problem(send(call(unknown, admin(), "en-GB")), 404);
            assertThat(notFound.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "problem.404.detail"));
            assertThat(notFound.getString("instance")).isEqualTo(unknown);
        }
        assertThat(problem(send(call("/api/completion?course=no-such-course", admin(), null)), 404)
                        .getString("type"))
                .isEqualTo(ApiErrors.TYPE_PREFIX + "progress.unknownCourse");

        HttpResponse<String> delete = send(call("/api/users", admin(), null).DELETE());
        problem(delete, 405);
        assertThat(delete.headers().firstValue("Allow"))
                .hasValueSatisfying(v -> assertThat(v).contains("GET"));

        problem(send(call("/api/users", admin(), null).header("Accept", "text/html")), 406);

        JsonObject unsupported = problem(
                send(call("/api/officers", admin(), "zh-CN")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\": ", StandardCharsets.UTF_8))),
                415);
        assertThat(unsupported.getString("title"))
                .isEqualTo(Messages.text(Locale.SIMPLIFIED_CHINESE, "problem.415.title"));

        JsonObject dates = problem(send(call("/api/xapi/statements?from=yesterday", admin(), null)), 400);
        assertThat(dates.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "api.days");
    }

    @Test
    void officersImportFromCsvAllOrNothingWithLineNumbers() throws Exception {
        String code = fixtures.department("接口县", "COUNTY", null);
        String good = Fixtures.unique("api");
        String refusedCsv = "username,display_name,department_code,password\n"
                + good + ",接口甲," + code + ",Initial2026x\n"
                + Fixtures.unique("api") + ",接口乙,NO-SUCH-DEPT,Initial2026x\n";
        HttpResponse<String> refused = postCsv(refusedCsv);
        JsonObject problem = problem(refused, 422);
        assertThat(problem.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "api.csvRefused");
        JsonObject line = problem.getJsonArray("errors").getJsonObject(0);
        assertThat(line.getInt("line")).isEqualTo(3);
        assertThat(line.getString("key")).isEqualTo("csv.unknownDepartment");
        assertThat(line.getString("detail"))
                .isEqualTo(Messages.text(Locale.ENGLISH, "csv.unknownDepartment", "NO-SUCH-DEPT"));
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
