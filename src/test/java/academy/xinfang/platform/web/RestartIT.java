package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The embedded default keeps its data in ./data across a restart; the first administrator is created once. */
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
        assertThat(server.log()).contains("event=admin.created");

        server.restart();

        assertThat(server.log()).doesNotContain("event=admin.created");
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNotNull();
        }
    }
}
