package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.BrowserTest;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Chromium;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Stored XSS, tried the way an attacker with an account (or a careless import) would: department, user, cohort,
 * course and module names, and typed role-play replies carrying script, handler, attribute-breaking, {@code
 * javascript:}, line-separator and EL-looking payloads, shown on every page that displays them. Each payload calls
 * {@code window.__xss(marker)}, which the browser records ({@link Chromium#events}); a page passes when no marker
 * ran and every payload is shown as the literal text it was typed as.
 *
 * <p>Each page is seen twice: with the server's Content-Security-Policy enforced (no script may run and the page
 * must break none of its rules) and with the policy bypassed through the DevTools protocol, which shows that the
 * escaping alone keeps every payload inert. The data lives on a server of its own, so the payloads never reach the
 * pages other tests look at.
 */
class XssBrowserIT extends BrowserTest {
    static final String DEPT_SCRIPT = "</script><script>__xss('dept-script')</script>";
    static final String DEPT_LINES = "甲\u2028乙\u2029</script><img src=x onerror=__xss('dept-lines')>";
    static final String DEPT_ATTR = "\"><svg onload=__xss('dept-attr')>";
    static final String DEPT_EL = "#{request.session.invalidate()}{{constructor.constructor('__xss(\"dept-el\")')()}}";
    static final String USER_IMG = "<img src=x onerror=__xss('user-img')>";
    static final String USER_ATTR = "'\"><svg/onload=__xss('user-attr')>";
    static final String USER_LINK = "javascript:__xss('user-link')";
    static final String COHORT = "<svg/onload=__xss('cohort')>#{1+1}";
    static final String COURSE_ZH = "</script><script>__xss('course')</script>课程";
    static final String COURSE_EN = "\"><img src=x onerror=__xss('course-en')>";
    static final String MODULE_TITLE = "</script><script>__xss('module-title')</script>模块";
    static final String MODULE_EL = "#{facesContext.externalContext.sessionMap}";
    static final String MODULE_TEMPLATE = "{{7*7}}";
    static final String REPLY = "</script><script>__xss('reply')</script><img src=x onerror=__xss('reply-img')>#{1+1}";
    static final String LIVE_REPLY = "\"><svg onload=__xss('live-reply')>{{7*7}}";

    private static final String COURSE_KEY = "xss-course";
    private static String officer;
    private static String otherOfficer;
    private static String trainer;
    private static String session;

    /** The course and module folders of this server: the shipped ones plus one course and one module with payloads. */
    private static Map<String, String> folders() throws IOException {
        Path root = Paths.get("target", "it-xss-folders").toAbsolutePath();
        Path content = root.resolve("content");
        Path courses = root.resolve("courses");
        Files.createDirectories(content);
        Files.createDirectories(courses);
        try (Stream<Path> modules = Files.list(Paths.get("content"))) {
            for (Path module : modules.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md"))
                    .toList()) {
                Files.copy(module, content.resolve(module.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String taboos = TestFiles.read("content", "09-six-taboos.md");
        String module = taboos.replaceFirst("(?m)^id: six-taboos$", "id: xss-module")
                .replaceFirst("(?m)^title: .*$", "title: " + MODULE_TITLE.replace("\\", "\\\\"))
                .replaceFirst("(?m)^order: 90$", "order: 990")
                .replaceFirst(
                        "(?m)^(## 六忌总览 \\{#overview\\})$",
                        "$1\n\n"
                                + Matcher.quoteReplacement("`" + MODULE_EL + "` " + MODULE_TEMPLATE
                                        + " <script>__xss('module-script')</script> <img src=x onerror=__xss('module-img')> "
                                        + "[链接](javascript:__xss('module-link')) 甲\u2028乙\n"));
        Files.writeString(content.resolve("99-xss-module.md"), module, StandardCharsets.UTF_8);
        Files.writeString(
                courses.resolve(COURSE_KEY + ".yaml"),
                """
                key: %s
                title:
                  zh: %s
                  en: %s
                items:
                  - type: module
                    ref: xss-module
                """.formatted(COURSE_KEY, quoted(COURSE_ZH), quoted(COURSE_EN)),
                StandardCharsets.UTF_8);
        return Map.of("ACADEMY_CONTENT_DIR", content.toString(), "ACADEMY_COURSES_DIR", courses.toString());
    }

    private static String quoted(String yaml) {
        return '"' + yaml.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Hides the shared server of {@link academy.xinfang.testing.ServerTest}: this test has its own. */
    @BeforeAll
    protected static void startServer() {
        try {
            server = PayaraServer.named("xss", folders());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fixtures = new Fixtures(server);
        for (String name : List.of(DEPT_SCRIPT, DEPT_LINES, DEPT_ATTR, DEPT_EL)) {
            fixtures.department(name, "COUNTY", null);
        }
        officer = user(USER_IMG, "dept-script", "OFFICER");
        otherOfficer = user(USER_ATTR, "dept-lines", "OFFICER");
        user(USER_LINK, "dept-attr", "OFFICER");
        trainer = fixtures.user("评阅", null, "TRAINER");

        HtmlPage courses = fixtures.admin().get("/admin/courses.xhtml");
        Browser.type(courses, "cohortForm:name", COHORT);
        fixtures.admin().click(courses.getHtmlElementById("cohortForm:create"));
        courses = fixtures.admin().get("/admin/courses.xhtml");
        HtmlSelect course = courses.getHtmlElementById("assignForm:course");
        course.setSelectedAttribute(course.getOptionByValue(COURSE_KEY), true);
        Browser.select(courses, "assignForm:kind", Bundle.zh("admin.courses.kind.DEPARTMENT"));
        selectContaining(courses, "assignForm:department", "dept-script");
        Browser.type(courses, "assignForm:start", "2026-01-01");
        HtmlPage assigned = fixtures.admin().click(courses.getHtmlElementById("assignForm:save"));
        assertThat(assigned.getElementById("assignments").getTextContent())
                .as("course assigned")
                .contains(COURSE_ZH);

        session = playWithTypedReply(officer, REPLY);
        playWithTypedReply(otherOfficer, REPLY);
    }

    /** This server's data is of no use to any other test. */
    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Creates a user in the department whose name carries the marker (names with line separators defy matching). */
    private static String user(String displayName, String departmentMarker, String role) {
        String username = Fixtures.unique("x");
        HtmlPage page = fixtures.admin().get("/admin/user.xhtml");
        Browser.type(page, "user:username", username);
        Browser.type(page, "user:displayName", displayName);
        selectContaining(page, "user:department", departmentMarker);
        Browser.check(page, "user:roles", role);
        Browser.type(page, "user:password", Fixtures.PASSWORD);
        page.<HtmlCheckBoxInput>getHtmlElementById("user:mustChange").setChecked(false);
        HtmlPage after = fixtures.admin().click(page.getHtmlElementById("user:save"));
        assertThat(after.getUrl().toString())
                .as("user saved: " + after.asNormalizedText())
                .contains("id=");
        return username;
    }

    private static void selectContaining(HtmlPage page, String id, String marker) {
        HtmlSelect select = page.getHtmlElementById(id);
        HtmlOption option = select.getOptions().stream()
                .filter(o -> o.getTextContent().contains(marker))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option with " + marker + " in " + id));
        select.setSelectedAttribute(option, true);
    }

    /** Plays "first-time-land" to its end with a typed reply on its listening node; returns the session id. */
    private static String playWithTypedReply(String username, String typed) {
        try (Browser browser = new Browser(server)) {
            browser.login(username, Fixtures.PASSWORD);
            HtmlPage list = browser.get("/learn/roleplays.xhtml");
            HtmlPage page = browser.click((HtmlElement)
                    list.getElementById("scenario-first-time-land").querySelector("input[type=submit], button"));
            String id = page.getUrl().getQuery().replace("session=", "");
            page = choose(browser, page, 0);
            ((HtmlTextArea) page.getElementById("typed:text")).setText(typed);
            browser.click(page.getHtmlElementById("typed:send"));
            browser.client().waitForBackgroundJavaScript(10_000);
            page = (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
            for (int turn = 0; turn < 20 && page.getUrl().getPath().endsWith("/roleplay.xhtml"); turn++) {
                page = choose(browser, page, 0);
            }
            assertThat(page.getUrl().getPath()).as("the session ended").endsWith("/roleplay-result.xhtml");
            return id;
        }
    }

    private static HtmlPage choose(Browser browser, HtmlPage page, int choice) {
        browser.click(page.getHtmlElementById("choice-" + choice));
        browser.client().waitForBackgroundJavaScript(10_000);
        return (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
    }

    private static void logInAs(boolean enforceCsp, String username, String password) {
        if (!enforceCsp) {
            Chromium.bypassCsp(driver);
        }
        logIn("/account/home.xhtml", username, password);
        assertThat(driver.findElements(By.id("topForm:whoami"))).hasSize(1);
    }

    /** Shows the page and checks that no payload ran and that each expected text is there, character for character. */
    private static void assertInert(String path, String... literals) {
        open(path);
        assertShownAsText(path, literals);
    }

    private static void assertShownAsText(String where, String... literals) {
        List<String> ran = Chromium.events(driver).stream()
                .filter(e -> e.startsWith("SCRIPT RAN:"))
                .toList();
        assertThat(ran).as("payloads that ran as script on " + where).isEmpty();
        String text = (String) js("return document.body.textContent;");
        for (String literal : literals) {
            assertThat(text).as("shown as text on " + where).contains(literal);
        }
    }

    @Test
    void aScriptInjectedWithoutTheNonceIsRefusedAndReported() {
        open("/account/home.xhtml");
        js("var s = document.createElement('script');"
                + " s.textContent = \"__xss('injected')\"; document.body.appendChild(s);");
        waitUntil(d -> !Chromium.cspViolations(d).isEmpty());
        assertThat(Chromium.cspViolations(driver)).first().asString().contains("script-src");
        assertThat(Chromium.events(driver)).noneMatch(e -> e.startsWith("SCRIPT RAN:"));
        Chromium.clearEvents(driver);
    }

    @ParameterizedTest(name = "Content-Security-Policy enforced: {0}")
    @ValueSource(booleans = {true, false})
    void administratorPagesShowEveryNameAsText(boolean enforceCsp) {
        logInAs(enforceCsp, "admin", PayaraServer.ADMIN_PASSWORD);
        assertInert("/admin/insights.xhtml", DEPT_SCRIPT, DEPT_LINES, DEPT_ATTR, DEPT_EL);
        @SuppressWarnings("unchecked")
        List<String> labels =
                (List<String>) js("var c = window.Chart && Chart.getChart(document.querySelector('#radar canvas'));"
                        + " return c ? c.data.datasets.map(function (d) { return d.label; }) : null;");
        // each legend is the name as typed followed by the number of officers it rests on (InsightsPage.legend)
        assertThat(labels)
                .as("the radar draws the departments with figures, names as typed")
                .anyMatch(l -> l.startsWith(DEPT_SCRIPT + "（"))
                .anyMatch(l -> l.startsWith(DEPT_LINES + "（"));
        assertInert("/admin/departments.xhtml", DEPT_SCRIPT, DEPT_LINES, DEPT_ATTR, DEPT_EL);
        assertInert("/admin/users.xhtml", USER_IMG, USER_ATTR, USER_LINK);
        // a PrimeFaces ajax search: the rows come back in an ajax update, under the same policy
        driver.findElement(By.id("search:q")).sendKeys("user-attr");
        guardAjax(driver.findElement(By.id("search:go"))::click);
        assertThat(driver.findElement(By.id("list")).getText()).doesNotContain("user-img");
        assertShownAsText("the users page after an ajax search", USER_ATTR);
        assertInert("/admin/courses.xhtml", COURSE_ZH, COHORT, DEPT_SCRIPT);
        assertInert("/admin/audit.xhtml", DEPT_SCRIPT, DEPT_ATTR, COHORT);
        assertInert("/admin/report.xhtml?course=" + COURSE_KEY, COURSE_ZH, DEPT_SCRIPT);
        String department = driver.findElement(By.xpath("//table[@id='departments']//tr[contains(., \"dept-script\")]"))
                .getAttribute("id")
                .replace("dept-", "");
        assertInert("/admin/report.xhtml?course=" + COURSE_KEY + "&department=" + department, DEPT_SCRIPT, USER_IMG);
        guardHttp(driver.findElement(By.id("topForm:langEn"))::click);
        assertInert("/admin/courses.xhtml", COURSE_EN, COHORT);
    }

    @ParameterizedTest(name = "Content-Security-Policy enforced: {0}")
    @ValueSource(booleans = {true, false})
    void officerPagesShowCourseModuleAndReplyAsText(boolean enforceCsp) {
        logInAs(enforceCsp, officer, Fixtures.PASSWORD);
        assertInert("/learn/courses.xhtml", COURSE_ZH, MODULE_TITLE);
        assertInert("/learn/catalogue.xhtml", MODULE_TITLE);
        assertInert("/learn/module.xhtml?id=xss-module", MODULE_TITLE, MODULE_EL, MODULE_TEMPLATE, "甲\u2028乙");
        assertThat(driver.findElements(By.cssSelector("#module a[href^='javascript']")))
                .as("no javascript: link survives")
                .isEmpty();
        assertInert("/learn/roleplay-result.xhtml?session=" + session, REPLY);

        assertInert("/learn/roleplays.xhtml");
        guardHttp(driver.findElement(By.cssSelector("#scenario-first-time-land input[type=submit]"))::click);
        assertThat(driver.getCurrentUrl()).contains("/learn/roleplay.xhtml?session=");
        int replies =
                driver.findElements(By.cssSelector("#transcript li.officer")).size();
        driver.findElement(By.id("choice-0")).click();
        waitUntil(d -> d.findElements(By.cssSelector("#transcript li.officer")).size() > replies);
        waitUntil(d -> !d.findElements(By.id("typed:text")).isEmpty());
        driver.findElement(By.id("typed:text")).sendKeys(LIVE_REPLY);
        driver.findElement(By.id("typed:send")).click();
        waitUntil(d -> !d.findElements(By.id("lastReplyText")).isEmpty());
        waitForAjax();
        assertShownAsText("the role-play page after a typed reply", LIVE_REPLY);
        assertThat(driver.findElement(By.id("transcript")).getText()).contains(LIVE_REPLY);
    }

    @ParameterizedTest(name = "Content-Security-Policy enforced: {0}")
    @ValueSource(booleans = {true, false})
    void trainersReviewTypedRepliesAsText(boolean enforceCsp) {
        logInAs(enforceCsp, trainer, Fixtures.PASSWORD);
        assertInert("/trainer/roleplay-replies.xhtml", REPLY);
        List<String> officers = new ArrayList<>();
        driver.findElements(By.cssSelector("li.typed-reply-review"))
                .forEach(e -> officers.add(e.getAttribute("data-officer")));
        assertThat(officers).contains(officer, otherOfficer);
    }
}
