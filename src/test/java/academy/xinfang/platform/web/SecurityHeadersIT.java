package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.ServerTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the server tells browsers and the world besides the pages: the session cookie's attributes, static resources
 * cacheable and nothing else, no metrics or OpenAPI document for strangers, a health check that says UP or DOWN and
 * nothing about the database, an API refusal that still asks for Basic, and pages compressed for slow networks. (Each page's headers are checked by
 * {@link AccessMatrixIT} for every role.)
 */
class SecurityHeadersIT extends ServerTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static HttpResponse<String> get(PayaraServer on, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(on.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    @Test
    void pagesAreSentGzippedToClientsThatAcceptIt() throws Exception {
        // Set among the pre-boot commands: officers are often on slow networks.
        // Followed as a browser would: a new client is first answered with a redirect (302).
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager())
                .build();
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create(server.url("/login.xhtml")))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOnAPlainHttpAcademy() throws Exception {
        String cookie = sessionCookie(get(server, "/account/home.xhtml"));
        assertThat(cookie)
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void anAcademyReachedOverHttpsMarksTheSessionCookieSecure() throws Exception {
        // The only test that shows the listener runs and Payara keeps its Secure flag: HttpOnly and SameSite, which
        // the test above sees, come from the descriptors too.
        try (PayaraServer https =
                PayaraServer.named("https-url", Map.of("ACADEMY_PUBLIC_URL", "https://academy.example.gov.cn"))) {
            String cookie = sessionCookie(get(https, "/account/home.xhtml"));
            assertThat(cookie)
                    .containsIgnoringCase("; Secure")
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("; SameSite=Lax");
        }
    }

    @Test
    void metricsAndTheOpenApiDocumentAreOff() throws Exception {
        for (String path : List.of("/metrics", "/metrics/vendor", "/openapi", "/openapi/")) {
            HttpResponse<String> response = get(server, path);
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.body()).as(path).doesNotContain("connection_pool", "# TYPE", "openapi:", "/api/users");
        }
    }

    @Test
    void healthSaysUpAndNothingAboutTheDatabase() throws Exception {
        for (String path : List.of("/health", "/health/ready", "/health/live")) {
            HttpResponse<String> response = get(server, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body())
                    .as(path)
                    .contains("\"status\":\"UP\"")
                    .doesNotContainIgnoringCase("H2")
                    .doesNotContainIgnoringCase("database")
                    .doesNotContainIgnoringCase("product")
                    .doesNotContainIgnoringCase("jdbc");
        }
    }

    @Test
    void staticResourcesStayCacheableWhilePagesAreNotStored() throws Exception {
        HttpResponse<String> style = get(server, "/jakarta.faces.resource/css/academy.css.xhtml");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(style.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> page = get(server, "/verify.xhtml");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "'nonce-");
    }

    @Test
    void anApiCallWithoutCredentialsIsRefusedWithJsonThatStillAsksForBasic() throws Exception {
        HttpResponse<String> response = get(server, "/api/users");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic ");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Payara");
    }
}
