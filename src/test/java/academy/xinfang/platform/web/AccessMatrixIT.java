package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import academy.xinfang.testing.TestFiles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may open what, for everything the application answers: every page under {@code src/main/webapp} (WEB-INF
 * aside), every {@code @WebServlet} and every JAX-RS resource method, asked for by an anonymous visitor, an officer, a
 * trainer and an administrator, through the real server. The expected answers are written down once, in {@code
 * security/access-matrix.txt}; a page, servlet or resource that the table does not list fails the test, so a new one
 * must be added with its answers. Pages that show one object are asked for without an id, with an unknown one and
 * with another officer's object. Every answer also carries the security headers (no-store, nosniff,
 * Referrer-Policy; on pages a Content-Security-Policy with a nonce and frame-ancestors).
 */
class AccessMatrixIT extends ServerTest {
    static final List<String> ROLES = List.of("anonymous", "officer", "trainer", "admin");
    private static final String TABLE = "security/access-matrix.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Values of the table's placeholders: objects of another officer, made through the real pages. */
    private static final Map<String, String> OBJECTS = new LinkedHashMap<>();

    private static final Map<String, String> USERS = new LinkedHashMap<>();
    private static final Map<String, Browser> SESSIONS = new LinkedHashMap<>();

    @BeforeAll
    static void someoneElsesObjectsAndOneUserPerRole() {
        String owner = Fixtures.unique("owner");
        HtmlPage form = fixtures.admin().get("/admin/user.xhtml");
        Browser.type(form, "user:username", owner);
        Browser.type(form, "user:displayName", "矩阵物主");
        Browser.check(form, "user:roles", "OFFICER");
        Browser.type(form, "user:password", Fixtures.PASSWORD);
        form.<HtmlCheckBoxInput>getHtmlElementById("user:mustChange").setChecked(false);
        String created = fixtures.admin()
                .click(form.getHtmlElementById("user:save"))
                .getUrl()
                .getQuery();
        assertThat(created).as("the owner's id").startsWith("id=");
        OBJECTS.put("user", created.replace("id=", ""));
        try (Browser browser = new Browser(server)) {
            browser.login(owner, Fixtures.PASSWORD);
            HtmlPage quiz = browser.get("/learn/quiz.xhtml?key=petition-basics");
            HtmlPage attempt = browser.click(quiz.getHtmlElementById("startForm:start"));
            OBJECTS.put("attempt", attempt.getElementById("attempt").getAttribute("data-attempt"));
            HtmlElement submit = attempt.getHtmlElementById("submitForm:submit");
            submit.setAttribute("data-ready", "true");
            browser.click(submit);

            OBJECTS.put("session", startScenario(browser));
            String finished = startScenario(browser);
            HtmlPage play = browser.get("/learn/roleplay.xhtml?session=" + finished);
            for (int turn = 0; turn < 20 && play.getUrl().getPath().endsWith("/roleplay.xhtml"); turn++) {
                browser.click(play.getHtmlElementById("choice-0"));
                browser.client().waitForBackgroundJavaScript(10_000);
                play = (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
            }
            assertThat(play.getUrl().getPath()).as("role-play finished").endsWith("/roleplay-result.xhtml");
            OBJECTS.put("result", finished);
        }
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("矩阵评分", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage page = trainer.get("/trainer/live-roleplay.xhtml");
            ((HtmlTextInput) page.getElementById("rubric:officer")).setText(owner);
            for (Object row : page.querySelectorAll("#qualityRatings .rating-row, #attitudeRatings .rating-row")) {
                ((HtmlRadioButtonInput) ((DomElement) row).querySelector("input[type=radio][value='3']"))
                        .setChecked(true);
            }
            DomElement taboo = page.querySelector("#tabooChecks .taboo-row");
            ((HtmlCheckBoxInput) taboo.querySelector("input[type=checkbox]")).setChecked(false);
            ((HtmlTextArea) page.getElementById("rubric:overall")).setText("矩阵");
            HtmlPage saved = trainer.click(page.getHtmlElementById("rubric:save"));
            assertThat(saved.getUrl().getPath()).as(saved.asNormalizedText()).endsWith("/learn/live-scorecard.xhtml");
            OBJECTS.put("scorecard", saved.getUrl().getQuery().replace("id=", ""));
        }
        USERS.put("officer", fixtures.user("矩阵学员", null, "OFFICER"));
        USERS.put("trainer", fixtures.user("矩阵培训师", null, "TRAINER"));
        USERS.put("admin", fixtures.user("矩阵管理员", null, "ADMIN"));
        for (String role : ROLES) {
            Browser browser = new Browser(server);
            if (!role.equals("anonymous")) {
                browser.login(USERS.get(role), Fixtures.PASSWORD);
            }
            // raw answers from here on: the status and headers the server sent, not where redirects lead
            browser.client().getOptions().setJavaScriptEnabled(false);
            browser.client().getOptions().setRedirectEnabled(false);
            SESSIONS.put(role, browser);
        }
    }

    private static String startScenario(Browser browser) {
        HtmlPage list = browser.get("/learn/roleplays.xhtml");
        HtmlPage play = browser.click((HtmlElement)
                list.getElementById("scenario-social-security").querySelector("input[type=submit], button"));
        return play.getUrl().getQuery().replace("session=", "");
    }

    @AfterAll
    static void closeSessions() {
        SESSIONS.values().forEach(Browser::close);
    }

    /** One line of the table: a request and the answer each role must get. */
    record Row(int line, String method, String target, Map<String, String> expected) {
        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        String[] lines = TestFiles.resource(TABLE).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            assertThat(cells)
                    .as(TABLE + ":" + (i + 1) + " needs a method, a path and four answers")
                    .hasSize(6);
            Map<String, String> expected = new LinkedHashMap<>();
            for (int r = 0; r < ROLES.size(); r++) {
                expected.put(ROLES.get(r), cells[2 + r]);
            }
            rows.add(new Row(i + 1, cells[0], cells[1], expected));
        }
        return rows;
    }

    /** Everything the application answers, as "METHOD /path": pages, servlets and JAX-RS resource methods. */
    static TreeSet<String> endpoints() throws IOException {
        TreeSet<String> endpoints = new TreeSet<>();
        java.nio.file.Path webapp = Paths.get("src", "main", "webapp");
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            files.map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/"))
                    .forEach(p -> endpoints.add("GET " + p));
        }
        java.nio.file.Path classes = Paths.get("target", "classes");
        String api = "/"
                + ApiApplication.class
                        .getAnnotation(ApplicationPath.class)
                        .value()
                        .replaceAll("^/|/$", "");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file :
                    files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (!name.startsWith("academy.xinfang.")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, AccessMatrixIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot inspect " + name, e);
                }
                WebServlet servlet = type.getAnnotation(WebServlet.class);
                if (servlet != null) {
                    List<String> patterns = new ArrayList<>(Arrays.asList(servlet.value()));
                    patterns.addAll(Arrays.asList(servlet.urlPatterns()));
                    List<String> declared = Arrays.stream(type.getDeclaredMethods())
                            .map(Method::getName)
                            .toList();
                    for (String pattern : patterns) {
                        for (String verb : List.of("Get", "Post", "Put", "Delete")) {
                            if (declared.contains("do" + verb)) {
                                endpoints.add(verb.toUpperCase(Locale.ROOT) + " " + pattern);
                            }
                        }
                        if (declared.contains("service")) {
                            endpoints.add("GET " + pattern); // answers every method alike
                        }
                    }
                }
                Path resource = type.getAnnotation(Path.class);
                if (resource != null) {
                    for (Method method : type.getDeclaredMethods()) {
                        String verb = httpMethod(method);
                        if (verb != null) {
                            Path sub = method.getAnnotation(Path.class);
                            endpoints.add(verb + " " + join(api, resource.value(), sub == null ? "" : sub.value()));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String p = part.replaceAll("^/+|/+$", "");
            if (!p.isEmpty()) {
                path.append('/').append(p);
            }
        }
        return path.toString();
    }

    @Test
    void theTableListsEverythingTheApplicationAnswersAndNothingElse() throws IOException {
        TreeSet<String> endpoints = endpoints();
        TreeSet<String> listed = new TreeSet<>();
        table().forEach(r -> listed.add(r.method() + " " + r.path()));
        TreeSet<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(listed);
        TreeSet<String> stale = new TreeSet<>(listed);
        stale.removeAll(endpoints);
        assertThat(missing)
                .as("pages, servlets and resources missing from " + TABLE
                        + " (add each with the answer every role must get)")
                .isEmpty();
        assertThat(stale)
                .as("rows of " + TABLE + " that name nothing the application answers")
                .isEmpty();
        assertThat(endpoints)
                .as("the scan found the pages, servlets and resources")
                .hasSizeGreaterThan(45);
    }

    @Test
    void everyRoleGetsTheAnswerWrittenDownWithTheSecurityHeaders() {
        List<String> wrong = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder();
        int cells = 0;
        for (Row row : table()) {
            String target = resolve(row.target());
            StringBuilder actualLine = new StringBuilder(String.format("%-6s %-58s", row.method(), row.target()));
            for (String role : ROLES) {
                WebResponse response = request(role, row.method(), target);
                String actual = answer(response);
                actualLine.append(String.format(" %-9s", actual));
                cells++;
                if (!actual.equals(row.expected().get(role))) {
                    wrong.add(TABLE + ":" + row.line() + " " + row.method() + " " + target + " as " + role
                            + ": expected " + row.expected().get(role) + ", got " + actual);
                }
                wrong.addAll(headerProblems(row, target, role, response));
            }
            actualTable.append(actualLine.toString().stripTrailing()).append('\n');
        }
        assertThat(wrong)
                .as("answers and headers that differ from " + TABLE + "; the answers seen were:\n" + actualTable)
                .isEmpty();
        assertThat(cells).as("cells checked").isGreaterThan(200);
    }

    private static String resolve(String target) {
        Matcher m = PLACEHOLDER.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = OBJECTS.get(m.group(1));
            assertThat(value).as("placeholder {" + m.group(1) + "}").isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static WebResponse request(String role, String method, String target) {
        Browser browser = SESSIONS.get(role);
        try {
            WebRequest request = new WebRequest(new URL(server.url(target)), org.htmlunit.HttpMethod.valueOf(method));
            if (target.startsWith("/api/") && !role.equals("anonymous")) {
                // the API takes HTTP Basic on every call, never the browser session
                request.setAdditionalHeader(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((USERS.get(role) + ":" + Fixtures.PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8)));
            }
            return browser.client().loadWebResponse(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The answer in the table's words: {@code login} (the login form in place of the page), a status code, or
     * {@code 302} for a redirect.
     */
    static String answer(WebResponse response) {
        int status = response.getStatusCode();
        if (status == 200
                && response.getContentType().equals("text/html")
                && response.getContentAsString().contains("id=\"loginForm\"")) {
            return "login";
        }
        return String.valueOf(status);
    }

    /**
     * What an answer lacks of the security headers. Redirects carry no content and some come from the authentication
     * step, before any filter: they are not checked.
     */
    private static List<String> headerProblems(Row row, String target, String role, WebResponse response) {
        List<String> problems = new ArrayList<>();
        if (response.getStatusCode() / 100 == 3) {
            return problems;
        }
        String where = row.method() + " " + target + " as " + role + " (" + response.getStatusCode() + "): ";
        if (!"no-store".equals(response.getResponseHeaderValue("Cache-Control"))) {
            problems.add(where + "Cache-Control " + response.getResponseHeaderValue("Cache-Control"));
        }
        if (!"nosniff".equals(response.getResponseHeaderValue("X-Content-Type-Options"))) {
            problems.add(where + "no X-Content-Type-Options: nosniff");
        }
        if (response.getResponseHeaderValue("Referrer-Policy") == null) {
            problems.add(where + "no Referrer-Policy");
        }
        boolean page =
                row.path().endsWith(".xhtml") && response.getContentType().equals("text/html");
        String csp = response.getResponseHeaderValue("Content-Security-Policy");
        if (page
                && (csp == null
                        || !csp.contains("'nonce-")
                        || !csp.contains("frame-ancestors")
                        || csp.contains("unsafe-eval")
                        || csp.replaceAll("style-src[^;]*;", "").contains("unsafe-inline"))) {
            problems.add(where + "Content-Security-Policy " + csp);
        }
        return problems;
    }
}
