package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps its data in ./data across a restart; the first administrator is created once; a start
 * that finds the content folders as the last import left them skips the import, and the import reports say what an
 * import would have said.
 */
class RestartIT {

    @Test
    void dataSurvivesARestartOnTheEmbeddedDatabase() {
        PayaraServer server = PayaraServer.named("restart", Map.of());
        String officer;
        try (Fixtures fixtures = new Fixtures(server)) {
            officer = fixtures.user("冯持久", null, "OFFICER");
        }
        assertThat(Files.exists(Paths.get("target/it-restart/data/academy.mv.db")))
                .isTrue();
        assertThat(server.log()).contains("event=admin.created", "event=content.imported");

        server.restart();

        assertThat(server.log())
                .doesNotContain("event=admin.created")
                .contains("event=import.skipped")
                .doesNotContain("event=content.imported");
        try (Fixtures fixtures = new Fixtures(server)) {
            HtmlPage content = fixtures.admin().get("/admin/content.xhtml");
            String skipped = content.getElementById("summary").asNormalizedText();
            assertThat(skipped).contains("新增 0 个").doesNotContain("未变 0 个");
            HtmlPage reimported = fixtures.admin().click(content.getHtmlElementById("actions:reimport"));
            assertThat(reimported.getElementById("summary").asNormalizedText())
                    .as("the report of the skipped import is the one importing again gives")
                    .isEqualTo(skipped);
        }
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNotNull();
        }
    }
}
