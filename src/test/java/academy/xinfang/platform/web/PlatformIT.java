package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Health, error pages, language and forged posts on the running server. */
class PlatformIT {
    private static PayaraServer server;

    @BeforeAll
    static void start() {
        server = PayaraServer.h2();
    }

    @Test
    void readinessSaysUpAndNothingAboutTheDatabase() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.url("/health/ready")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("H2", "database", "product");
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        try (Browser browser = new Browser(server)) {
            HtmlPage page = browser.get("/no/such/page.xhtml");
            assertThat(browser.status(page)).isEqualTo(404);
            assertThat(page.getElementById("error404")).isNotNull();
        }
    }

    @Test
    void errorPageOpenedByItselfShowsNoErrorId() {
        // the id of a real error, and its one log entry: UnexpectedErrorIT
        try (Browser browser = new Browser(server)) {
            HtmlPage page = browser.get("/error/500.xhtml");
            assertThat(page.getElementById("error500")).isNotNull();
            assertThat(page.getElementById("errorId")).isNull();
        }
    }

    @Test
    void languageSwitchesToEnglishAndIsRemembered() {
        try (Browser browser = new Browser(server)) {
            HtmlPage login = browser.get("/account/home.xhtml");
            assertThat(login.getElementById("loginSubmit").asNormalizedText()).isEqualTo(Bundle.zh("login.submit"));
            HtmlPage english = browser.click(login.getHtmlElementById("topForm:langEn"));
            assertThat(english.getElementById("loginSubmit").asNormalizedText()).isEqualTo("Log in");
            // A new session on the same device keeps the choice through the cookie.
            browser.client()
                    .getCookieManager()
                    .removeCookie(browser.client().getCookieManager().getCookie("JSESSIONID"));
            assertThat(browser.get("/account/home.xhtml")
                            .getElementById("loginSubmit")
                            .asNormalizedText())
                    .isEqualTo("Log in");
        }
    }

    @Test
    void aFormPostWithAForgedViewStateChangesNothing() {
        try (Fixtures fixtures = new Fixtures(server)) {
            HtmlPage page = fixtures.admin().get("/admin/departments.xhtml");
            String code = Fixtures.unique("F");
            Browser.select(page, "add:kind", "县");
            Browser.type(page, "add:code", code);
            Browser.type(page, "add:name", "伪造县");
            HtmlInput viewState =
                    (HtmlInput) page.getElementById("add").querySelector("input[name='jakarta.faces.ViewState']");
            viewState.setValue("-123456789:987654321");
            HtmlPage result = fixtures.admin().click(page.getHtmlElementById("add:create"));
            assertThat(result.getElementById("errorexpired"))
                    .as(result.asNormalizedText())
                    .isNotNull();
            assertThat(fixtures.admin().get("/admin/departments.xhtml").asNormalizedText())
                    .doesNotContain(code);
        }
    }
}
