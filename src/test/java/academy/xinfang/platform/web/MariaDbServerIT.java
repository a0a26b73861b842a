package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The same WAR on MariaDB, chosen by DB_URL/DB_USER/DB_PASSWORD alone; Chinese text survives the round trip. */
class MariaDbServerIT {

    @Test
    void theSameWarRunsOnMariaDbWithOnlyDbSettings() throws Exception {
        // the server is closed before its database is dropped
        try (TestDatabases.EmptyDatabase db = TestDatabases.emptyMariaDb();
                PayaraServer server = PayaraServer.named(
                        "mariadb",
                        Map.of(
                                "DB_URL", db.url().replace("jdbc:mysql:", "jdbc:mariadb:"),
                                "DB_USER", db.user(),
                                "DB_PASSWORD", db.password()))) {

            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.url("/health/ready")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.body())
                    .contains("\"status\":\"UP\"")
                    .doesNotContainIgnoringCase("mysql")
                    .doesNotContainIgnoringCase("mariadb");

            String officer;
            try (Fixtures fixtures = new Fixtures(server)) {
                String county = fixtures.department("玛县信访局", "COUNTY", null);
                assertThat(county).isNotBlank();
                officer = fixtures.user("欧阳𠀀信访", "玛县信访局", "OFFICER");
                HtmlPage list = fixtures.admin().get("/admin/users.xhtml");
                assertThat(list.asNormalizedText()).contains("欧阳𠀀信访", "玛县信访局");
            }
            try (Browser browser = new Browser(server)) {
                assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                        .isNotNull();
            }
            try (Connection c = db.connection();
                    Statement s = c.createStatement();
                    ResultSet rs =
                            s.executeQuery("select display_name from app_user where username = '" + officer + "'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("欧阳𠀀信访");
            }
        }
    }
}
