package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A signed-in session holds no power of its own: every request is checked against the account as it is now
 * (enabled, roles, credentials version), so disabling, demoting or a password change ends open sessions.
 */
class StaleSessionIT extends ServerTest {

    @Test
    void aDemotedAndDisabledAdministratorsOpenSessionReachesNoAdminPageAndCreatesNoUser() {
        String second = fixtures.user("第二管理员", null, "ADMIN");
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(second, Fixtures.PASSWORD).getElementById("adminHome"))
                    .isNotNull();
            assertThat(browser.get("/admin/users.xhtml").getElementById("list")).isNotNull();
            // the form to create a user and the user list, opened while still an administrator
            HtmlPage createForm = browser.get("/admin/user.xhtml");
            assertThat(createForm.getElementById("user:save")).isNotNull();
            HtmlPage listOpen = browser.get("/admin/users.xhtml");

            HtmlPage edit = adminOpens(second);
            Browser.check(edit, "user:roles", "OFFICER");
            edit.<HtmlCheckBoxInput>getHtmlElementById("user:enabled").setChecked(false);
            HtmlPage saved = fixtures.admin().click(edit.getHtmlElementById("user:save"));
            assertThat(saved.getElementById("messages").asNormalizedText()).contains(second);

            // a PrimeFaces ajax search on the page still open: Faces follows the partial-response redirect
            browser.click(listOpen.getHtmlElementById("search:go"));
            browser.client().waitForBackgroundJavaScript(10_000);
            HtmlPage afterAjax = (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
            assertThat(afterAjax.getElementById("loginForm"))
                    .as(afterAjax.asNormalizedText())
                    .isNotNull();
            assertThat(afterAjax.getElementById("loginNotice").asNormalizedText())
                    .contains("账号已变更");

            HtmlPage after = browser.get("/admin/users.xhtml");
            assertThat(after.getElementById("list"))
                    .as(after.asNormalizedText())
                    .isNull();
            assertThat(after.getElementById("loginForm")).isNotNull();

            String planted = Fixtures.unique("planted");
            Browser.type(createForm, "user:username", planted);
            Browser.type(createForm, "user:displayName", "偷建管理员");
            Browser.check(createForm, "user:roles", "ADMIN");
            Browser.type(createForm, "user:password", "Planted2026x");
            HtmlPage posted = browser.click(createForm.getHtmlElementById("user:save"));
            assertThat(posted.getElementById("adminHome")).isNull();
            assertThat(fixtures.admin().get("/admin/users.xhtml").asNormalizedText())
                    .doesNotContain(planted);
        }
    }

    @Test
    void anAdministratorsPasswordResetEndsTheUsersOpenSession() {
        String officer = fixtures.user("被重置学员", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNotNull();
            HtmlPage userPage = adminOpens(officer);
            Browser.type(userPage, "reset:newPassword", "ResetBy2026x");
            fixtures.admin().click(userPage.getHtmlElementById("reset:doReset"));

            HtmlPage after = browser.get("/officer/home.xhtml");
            assertThat(after.getElementById("officerHome")).isNull();
            assertThat(after.getElementById("loginForm")).isNotNull();
        }
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOtherOne() {
        String officer = fixtures.user("两处登录", null, "OFFICER");
        try (Browser phone = new Browser(server);
                Browser office = new Browser(server)) {
            assertThat(phone.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNotNull();
            assertThat(office.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNotNull();

            HtmlPage changed =
                    phone.changePassword(phone.get("/account/password.xhtml"), Fixtures.PASSWORD, "Zhuanxin2026x");
            assertThat(changed.getElementById("messages").asNormalizedText()).contains("密码已修改");

            assertThat(phone.get("/officer/home.xhtml").getElementById("officerHome"))
                    .as("this session stays")
                    .isNotNull();
            HtmlPage other = office.get("/officer/home.xhtml");
            assertThat(other.getElementById("officerHome"))
                    .as("the other session ends")
                    .isNull();
            assertThat(other.getElementById("loginForm")).isNotNull();
        }
    }

    @Test
    void anAdministratorWhoGivesThemselvesAnotherRoleStaysSignedIn() {
        String admin = fixtures.user("自加角色", null, "ADMIN");
        try (Browser browser = new Browser(server)) {
            browser.login(admin, Fixtures.PASSWORD);
            HtmlPage own = browser.click(browser.get("/admin/users.xhtml").getAnchorByText(admin));
            Browser.check(own, "user:roles", "ADMIN", "TRAINER");
            HtmlPage saved = browser.click(own.getHtmlElementById("user:save"));
            assertThat(saved.getElementById("messages").asNormalizedText()).contains(admin);
            assertThat(browser.get("/trainer/home.xhtml").getElementById("trainerHome"))
                    .isNotNull();
        }
    }

    private static HtmlPage adminOpens(String username) {
        HtmlPage list = fixtures.admin().get("/admin/users.xhtml");
        return fixtures.admin().click(list.getAnchorByText(username));
    }
}
