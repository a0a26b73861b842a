package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.security.LoginToken;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/**
 * Form login through the real server: throttled failures, one message for every failure, the login form's token and
 * Origin check, resets that force a change, and changing one's own password (common passwords refused, wrong current
 * passwords counted).
 */
class LoginIT extends ServerTest {
    private static final Pattern WAIT = Pattern.compile("请 (\\d+) 秒后再试");

    @Test
    void wrongPasswordsSlowDownTheNameAndAddressWithTheWaitShownAndUnknownNamesBehaveTheSame() {
        String officer = fixtures.user("孙限速", null, "OFFICER");
        String unknown = Fixtures.unique("nobody");
        for (String name : List.of(officer, unknown)) {
            try (Browser browser = new Browser(server)) {
                String generic = null;
                for (int i = 1; i <= 5; i++) {
                    HtmlPage failed = browser.login(name, "wrong-" + i);
                    generic = failed.getElementById("loginError").asNormalizedText();
                    assertThat(generic).contains(Bundle.zh("login.failed"));
                }
                HtmlPage sixth = browser.login(name, "wrong-6");
                assertThat(sixth.getElementById("loginError").asNormalizedText())
                        .as(name)
                        .isNotEqualTo(generic)
                        .contains("秒后再试");
            }
        }
        assertThat(server.log()).contains("event=login.throttled user=" + officer);
    }

    @Test
    void aDisabledAccountGetsTheSameMessageAsAWrongPasswordWhateverIsTyped() {
        String officer = fixtures.user("周停用", null, "OFFICER");
        HtmlPage userPage = adminOpens(officer);
        userPage.<HtmlCheckBoxInput>getHtmlElementById("user:enabled").setChecked(false);
        fixtures.admin().click(userPage.getHtmlElementById("user:save"));
        try (Browser browser = new Browser(server)) {
            HtmlPage right = browser.login(officer, Fixtures.PASSWORD);
            assertThat(right.getElementById("officerHome")).isNull();
            String message = right.getElementById("loginError").asNormalizedText();
            assertThat(message).contains(Bundle.zh("login.failed")).doesNotContain("停用");
            assertThat(browser.login(officer, "wrong-1")
                            .getElementById("loginError")
                            .asNormalizedText())
                    .isEqualTo(message);
        }
    }

    /** The forged post carries the form's real token, so only its Origin can be what refuses it. */
    @Test
    void aCrossSiteLoginPostSignsNobodyInEvenWithTheFormsToken() throws Exception {
        String officer = fixtures.user("跨站学员", null, "OFFICER");
        String evil = "https://" + Fixtures.unique("evil") + ".example";
        try (Browser browser = new Browser(server)) {
            String token = loginToken(browser.get("/login.xhtml"));
            browser.client().getPage(loginPost(officer, Fixtures.PASSWORD, token, evil));
            HtmlPage after = browser.get("/officer/home.xhtml");
            assertThat(after.getElementById("officerHome")).isNull();
            assertThat(server.log()).contains("event=login.refused reason=cross-site origin=" + evil + " ");

            browser.client().getPage(loginPost(officer, Fixtures.PASSWORD, loginToken(after), server.url("")));
            assertThat(browser.get("/officer/home.xhtml").getElementById("officerHome"))
                    .as("the same post from this site signs in")
                    .isNotNull();
        }
    }

    @Test
    void aLoginPostWithoutTheTokenOfTheFormSignsNobodyIn() throws Exception {
        String officer = fixtures.user("无令牌学员", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            String token = loginToken(browser.get("/login.xhtml"));
            browser.client().getPage(loginPost(officer, Fixtures.PASSWORD, null, server.url("")));
            HtmlPage after = browser.get("/officer/home.xhtml");
            assertThat(after.getElementById("officerHome")).isNull();

            assertThat(loginToken(after)).as("the session's token stays").isEqualTo(token);
            browser.client().getPage(loginPost(officer, Fixtures.PASSWORD, token, server.url("")));
            assertThat(browser.get("/officer/home.xhtml").getElementById("officerHome"))
                    .as("the same post with the token signs in")
                    .isNotNull();
        }
    }

    @Test
    void aLoginPostedAfterTheSessionExpiredAsksToSignInAgain() {
        String officer = fixtures.user("过期学员", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            HtmlPage form = browser.get("/officer/home.xhtml");
            browser.client().getCookieManager().clearCookies();
            form.getHtmlElementById("j_username").setAttribute("value", officer);
            form.getHtmlElementById("j_password").setAttribute("value", Fixtures.PASSWORD);
            HtmlPage after = browser.click(form.getHtmlElementById("loginSubmit"));
            assertThat(browser.status(after)).isEqualTo(200);
            assertThat(after.getElementById("loginForm")).isNotNull();
            assertThat(after.getElementById("loginNotice").asNormalizedText()).contains("请重新登录");
            assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNotNull();
        }
    }

    /** A login post made by hand: with the form token if given, and the Origin header given. */
    private static WebRequest loginPost(String username, String password, String token, String origin)
            throws Exception {
        WebRequest post = new WebRequest(new URL(server.url("/j_security_check")), HttpMethod.POST);
        List<NameValuePair> fields = new ArrayList<>(
                List.of(new NameValuePair("j_username", username), new NameValuePair("j_password", password)));
        if (token != null) {
            fields.add(new NameValuePair(LoginToken.PARAMETER, token));
        }
        post.setRequestParameters(fields);
        post.setAdditionalHeader("Origin", origin);
        return post;
    }

    /** The token in the hidden field of the login form on the page. */
    private static String loginToken(HtmlPage page) {
        String token = page.getElementByName(LoginToken.PARAMETER).getAttribute("value");
        assertThat(token).as("the login form's token").isNotBlank();
        return token;
    }

    @Test
    void anAdministratorsResetLetsTheUserInWithTheNewPasswordWhichMustThenBeChanged() {
        String officer = fixtures.user("冯重置", null, "OFFICER");
        HtmlPage userPage = adminOpens(officer);
        Browser.type(userPage, "reset:newPassword", "NewSecret2026");
        HtmlPage reset = fixtures.admin().click(userPage.getHtmlElementById("reset:doReset"));
        assertThat(reset.getElementById("messages").asNormalizedText()).contains(officer);
        try (Browser browser = new Browser(server)) {
            HtmlPage landing = browser.login(officer, "NewSecret2026");
            assertThat(landing.getElementById("officerHome")).isNull();
            assertThat(landing.getElementById("mustChange"))
                    .as(landing.asNormalizedText())
                    .isNotNull();
            assertThat(browser.get("/officer/home.xhtml").getElementById("mustChange"))
                    .as("every other page leads back to the password form")
                    .isNotNull();
            HtmlPage home = browser.changePassword(landing, "NewSecret2026", "MyOwnChoice2026");
            assertThat(home.getElementById("officerHome"))
                    .as(home.asNormalizedText())
                    .isNotNull();
            assertThat(browser.get("/officer/home.xhtml").getElementById("officerHome"))
                    .isNotNull();
        }
    }

    @Test
    void commonPasswordsAndTheUsernameAreRefusedOnTheChangeForm() {
        String officer = fixtures.user("弱密码", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            for (String weak : List.of("password1", "abcd1234", "Qwerty123", officer + "2026")) {
                HtmlPage refused =
                        browser.changePassword(browser.get("/account/password.xhtml"), Fixtures.PASSWORD, weak);
                assertThat(refused.getElementById("messages").asNormalizedText())
                        .as(weak)
                        .doesNotContain("密码已修改")
                        .containsAnyOf("常见", "用户名");
            }
        }
    }

    @Test
    void wrongCurrentPasswordsOnTheChangeFormCountTowardsTheLimit() {
        String officer = fixtures.user("猜当前", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            for (int i = 1; i <= 5; i++) {
                HtmlPage refused =
                        browser.changePassword(browser.get("/account/password.xhtml"), "wrong-" + i, "Changed2026x");
                assertThat(refused.getElementById("messages").asNormalizedText())
                        .contains("当前密码不正确");
            }
            // The free failures are spent, so each further failure must wait (1 s, then 2, 4…). A wait of one second
            // can pass before a slow machine's next request arrives: keep guessing until a wait is long enough that
            // the right password, sent straight after, certainly falls inside it.
            long deadline = System.nanoTime() + 60_000_000_000L;
            long wait = 0;
            while (wait < 4) {
                assertThat(System.nanoTime())
                        .as("failures on the change form never made the officer wait")
                        .isLessThan(deadline);
                String text = browser.changePassword(
                                browser.get("/account/password.xhtml"), "wrong-again", "Changed2026x")
                        .getElementById("messages")
                        .asNormalizedText();
                Matcher waiting = WAIT.matcher(text);
                if (waiting.find()) {
                    wait = Long.parseLong(waiting.group(1));
                    assertThat(text).as("a throttled attempt is not checked").doesNotContain("当前密码不正确");
                }
            }
            HtmlPage right =
                    browser.changePassword(browser.get("/account/password.xhtml"), Fixtures.PASSWORD, "Changed2026x");
            assertThat(right.getElementById("messages").asNormalizedText())
                    .contains("秒后再试")
                    .doesNotContain("密码已修改");
        }
    }

    @Test
    void logoutEndsTheSession() {
        String officer = fixtures.user("吴退出", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            HtmlPage home = browser.login(officer, Fixtures.PASSWORD);
            HtmlPage after = browser.click(home.getHtmlElementById("topForm:logout"));
            assertThat(after.getElementById("loginForm")).isNotNull();
            assertThat(browser.get("/officer/home.xhtml").getElementById("officerHome"))
                    .isNull();
        }
    }

    @Test
    void officerChangesOwnPasswordAndOnlyTheNewOneWorks() {
        String officer = fixtures.user("郑改密", null, "OFFICER");
        try (Browser browser = new Browser(server)) {
            browser.login(officer, Fixtures.PASSWORD);
            HtmlPage refused =
                    browser.changePassword(browser.get("/account/password.xhtml"), "not-my-password1", "Changed2026x");
            assertThat(refused.getElementById("messages").asNormalizedText()).contains("当前密码不正确");

            HtmlPage changed = browser.changePassword(refused, Fixtures.PASSWORD, "Changed2026x");
            assertThat(changed.getElementById("messages").asNormalizedText()).contains("密码已修改");
        }
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, Fixtures.PASSWORD).getElementById("officerHome"))
                    .isNull();
        }
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(officer, "Changed2026x").getElementById("officerHome"))
                    .isNotNull();
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
            assertThat(page.getElementById("authoring"))
                    .as(page.asNormalizedText())
                    .isNotNull();
        }
    }
}
