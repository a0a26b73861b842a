package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.util.List;
import java.util.Map;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Each role reaches only its own pages; anonymous users reach none. Pages are asserted by their own ids. */
class AccessControlIT extends ServerTest {
    private static final Map<String, String> PAGES = Map.of(
            "/officer/home.xhtml", "officerHome",
            "/trainer/home.xhtml", "trainerHome",
            "/admin/home.xhtml", "adminHome",
            "/admin/users.xhtml", "list",
            "/admin/departments.xhtml", "tree:departments",
            "/admin/import.xhtml", "import");

    @Test
    void anonymousUsersGetTheLoginFormForEveryProtectedPage() {
        try (Browser anonymous = new Browser(server)) {
            for (var entry : PAGES.entrySet()) {
                HtmlPage page = anonymous.get(entry.getKey());
                assertThat(page.getElementById("loginForm")).as(entry.getKey()).isNotNull();
                assertThat(page.getElementById(entry.getValue()))
                        .as(entry.getKey())
                        .isNull();
            }
            assertThat(anonymous.get("/account/password.xhtml").getElementById("loginForm"))
                    .isNotNull();
        }
    }

    @Test
    void officerReachesOnlyOfficerPages() {
        assertReach(fixtures.user("王学员", null, "OFFICER"), List.of("/officer/home.xhtml"), "officerHome");
    }

    @Test
    void trainerReachesOnlyTrainerPages() {
        assertReach(fixtures.user("李培训", null, "TRAINER"), List.of("/trainer/home.xhtml"), "trainerHome");
    }

    @Test
    void administratorReachesAdministrationAndAuthoringButNotOfficerPages() {
        assertReach(
                fixtures.user("赵管理", null, "ADMIN"),
                List.of(
                        "/admin/home.xhtml",
                        "/admin/users.xhtml",
                        "/admin/departments.xhtml",
                        "/admin/import.xhtml",
                        "/trainer/home.xhtml"),
                "adminHome");
    }

    @Test
    void userWithTwoRolesReachesBothAndLandsOnTheHigherOne() {
        assertReach(
                fixtures.user("钱双岗", null, "OFFICER", "TRAINER"),
                List.of("/officer/home.xhtml", "/trainer/home.xhtml"),
                "trainerHome");
    }

    private static void assertReach(String username, List<String> allowed, String landingId) {
        try (Browser browser = new Browser(server)) {
            HtmlPage landing = browser.login(username, Fixtures.PASSWORD);
            assertThat(landing.getElementById(landingId))
                    .as("landing page of " + username)
                    .isNotNull();
            assertThat(browser.get("/").getElementById(landingId))
                    .as("/ routes home")
                    .isNotNull();
            for (var entry : PAGES.entrySet()) {
                HtmlPage page = browser.get(entry.getKey());
                if (allowed.contains(entry.getKey())) {
                    assertThat(browser.status(page)).as(entry.getKey()).isEqualTo(200);
                    assertThat(page.getElementById(entry.getValue()))
                            .as(entry.getKey())
                            .isNotNull();
                } else {
                    assertThat(browser.status(page)).as(entry.getKey()).isEqualTo(403);
                    assertThat(page.getElementById("error403"))
                            .as(entry.getKey())
                            .isNotNull();
                    assertThat(page.getElementById(entry.getValue()))
                            .as(entry.getKey())
                            .isNull();
                }
            }
            assertThat(browser.get("/account/password.xhtml").getElementById("pw"))
                    .isNotNull();
        }
    }
}
