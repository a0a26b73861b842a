package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Form login, lockout, reset, disable, logout and changing one's own password, through the real server. */
class LoginIT extends ServerTest {
    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilAnAdministratorResetsIt() {
        String officer = fixtures.user("孙锁定", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            for (int i = 1; i <= 4; i++) {
                HtmlPage failed = browser.login(officer, "wrong-" + i);
                assertThat(failed.getElementById("loginError").asNormalizedText()).contains("用户名或密码不正确");
            }
            HtmlPage fifth = browser.login(officer, "wrong-5");
            assertThat(fifth.getElementById("loginError").asNormalizedText()).contains("已锁定");
            HtmlPage right = browser.login(officer, Fixtures.PASSWORD);
            assertThat(right.getElementById("officerHome")).isNull();
            assertThat(right.getElementById("loginError").asNormalizedText()).contains("已锁定");
        }
        assertThat(server.log()).contains("event=login.failed reason=password user=" + officer + " failures=5 locked=true");

        HtmlPage userPage = adminOpens(officer);
        Browser.type(userPage, "reset:newPassword", "NewSecret2026");
        HtmlPage reset = fixtures.admin().click(userPage.getHtmlElementById("reset:doReset"));
        assertThat(reset.getElementById("messages").asNormalizedText()).contains(officer);
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, "NewSecret2026").getElementById("officerHome")).isNotNull();
        }
    }

    @Test
    void disabledUserCannotLogIn() {
        String officer = fixtures.user("周停用", null, "OFFICER");
        HtmlPage userPage = adminOpens(officer);
        userPage.<org.htmlunit.html.HtmlCheckBoxInput>getHtmlElementById("user:enabled").setChecked(false);
        fixtures.admin().click(userPage.getHtmlElementById("user:save"));
        try (Browser browser = new Browser(server)) {
            HtmlPage page = browser.login(officer, Fixtures.PASSWORD);
            assertThat(page.getElementById("officerHome")).isNull();
            assertThat(page.getElementById("loginError").asNormalizedText()).contains("停用");
        }
    }

    @Test
    void logoutEndsTheSession() {
        String officer = fixtures.user("吴退出", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            HtmlPage home = browser.login(officer, Fixtures.PASSWORD);
            HtmlPage after = browser.click(home.getHtmlElementById("topForm:logout"));
            assertThat(after.getElementById("loginForm")).isNotNull();
            assertThat(browser.get("/officer/home.xhtml").getElementById("officerHome")).isNull();
        }
    }

    @Test
    void officerChangesOwnPasswordAndOnlyTheNewOneWorks() {
        String officer = fixtures.user("郑改密", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            HtmlPage form = browser.get("/account/password.xhtml");
            Browser.type(form, "pw:current", "not-my-password1");
            Browser.type(form, "pw:next", "Changed2026x");
            Browser.type(form, "pw:confirm", "Changed2026x");
            HtmlPage refused = browser.click(form.getHtmlElementById("pw:save"));
            assertThat(refused.getElementById("messages").asNormalizedText()).contains("当前密码不正确");

            Browser.type(refused, "pw:current", Fixtures.PASSWORD);
            Browser.type(refused, "pw:next", "Changed2026x");
            Browser.type(refused, "pw:confirm", "Changed2026x");
            HtmlPage changed = browser.click(refused.getHtmlElementById("pw:save"));
            assertThat(changed.getElementById("messages").asNormalizedText()).contains("密码已修改");
        }
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome")).isNull();
        }
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, "Changed2026x").getElementById("officerHome")).isNotNull();
        }
    }

    private static HtmlPage adminOpens(String username) {
        HtmlPage list = fixtures.admin().get("/admin/users.xhtml");
        return fixtures.admin().click(list.getAnchorByText(username));
    }

    @Test
    void loggingInFromADeepLinkOpensThatPageWithItsServicesWorking() {
        String trainer = fixtures.user("深链培训师", null, "TRAINER");
        try (Browser browser = new Browser(server)) {
            HtmlPage page = browser.loginAt("/trainer/drafts.xhtml", trainer, Fixtures.PASSWORD);
            assertThat(page.getUrl().getPath()).isEqualTo("/trainer/drafts.xhtml");
            assertThat(page.getElementById("authoring")).as(page.asNormalizedText()).isNotNull();
        }
    }
}
