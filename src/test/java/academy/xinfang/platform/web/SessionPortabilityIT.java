package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.web.QuizPages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.ReadingPages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sessions that can move to another node, checked through the real server: with {@link SessionPortabilityCheck}
 * switched on, each main journey (an officer reading, taking a quiz, playing a role-play with a typed reply; a trainer
 * editing a draft; an administrator looking at the report) is walked through the pages, and after it the server log
 * must hold no session attribute that failed to serialise, nor a {@code NotSerializableException} of the session
 * store. Each journey prints the serialised size of its session at the end.
 */
class SessionPortabilityIT {
    private static PayaraServer server;
    private static Fixtures fixtures;

    private static final Pattern SIZE = Pattern.compile("event=session\\.size bytes=(\\d+) uri=(\\S+)");
    /** Every journey ends on this page, so that its check (of the state the journey left) is in the log. */
    private static final String LAST_PAGE = "/account/home.xhtml";
    /**
     * A signed-in session carries identity, roles, language and a few ids, however many pages were viewed: the store
     * of a cluster copies it after requests that change it, and each server holds one per officer signed in.
     */
    private static final long THIN_SESSION_BYTES = 4096;
    /** Read-only pages an officer moves between: home, the catalogue, my courses, the quiz list, the scorecards. */
    private static final List<String> READ_ONLY_PAGES = List.of(
            "/officer/home.xhtml",
            "/learn/catalogue.xhtml",
            "/learn/courses.xhtml",
            "/learn/quizzes.xhtml",
            "/learn/live-scorecards.xhtml",
            "/learn/module.xhtml?id=six-taboos",
            "/learn/module.xhtml?id=petition-basics");

    /** A server of its own (not the shared one of {@code ServerTest}): this test switches the check on. */
    @BeforeAll
    static void startServer() {
        server = PayaraServer.named(
                "session-check", Map.of("ACADEMY_SESSION_CHECK", "true", "ACADEMY_SESSION_CHECK_SIZES", "true"));
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stopServer() {
        if (fixtures != null) {
            fixtures.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anOfficersSessionMovesAfterReadingAModule() {
        long bytes = journey("reading", () -> {
            Browser officer = signedIn("迁移读者", "OFFICER");
            ReadingPages.read(officer, "petition-basics", 2);
            return officer;
        });
        assertThat(bytes).as("serialised session after reading a module").isBetween(1L, THIN_SESSION_BYTES);
    }

    @Test
    void anOfficersSessionStaysThinAfterFifteenReadOnlyPages() {
        long bytes = journey("read-only pages", () -> {
            Browser officer = signedIn("翻页学员", "OFFICER");
            for (int view = 0; view < 15; view++) {
                String page = READ_ONLY_PAGES.get(view % READ_ONLY_PAGES.size());
                assertThat(officer.status(officer.get(page))).as(page).isEqualTo(200);
            }
            return officer;
        });
        assertThat(bytes).as("serialised session after 15 read-only pages").isBetween(1L, THIN_SESSION_BYTES);
    }

    @Test
    void anOfficersSessionMovesAfterAQuiz() {
        journey("quiz", () -> {
            String key = QuizPages.uniqueKey();
            try (Browser trainer = new Browser(server)) {
                trainer.login(fixtures.user("迁移题库", null, "TRAINER"), Fixtures.PASSWORD);
                QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
            }
            Browser officer = signedIn("迁移考生", "OFFICER");
            HtmlPage attempt = QuizPages.start(officer, key);
            for (String[] answer : new String[][] {{"0", "S:0"}, {"1", "F:60日"}, {"2", "T:0"}, {"3", "P:0,1,2"}}) {
                assertThat(QuizPages.answer(officer, server, attempt, Integer.parseInt(answer[0]), answer[1], false)
                                .getContentAsString())
                        .contains("\"SAVED\"");
            }
            HtmlPage review = QuizPages.submit(officer, attempt);
            assertThat(review.getElementById("result")).as("submitted").isNotNull();
            return officer;
        });
    }

    @Test
    void anOfficersSessionMovesAfterATypedRolePlayReply() {
        journey("role-play", () -> {
            Browser officer = signedIn("迁移自拟", "OFFICER");
            HtmlPage list = officer.get("/learn/roleplays.xhtml");
            HtmlPage page = officer.click((HtmlElement)
                    list.getElementById("scenario-first-time-land").querySelector("input[type=submit], button"));
            page = ajax(officer, page, "choice-0");
            page.<HtmlTextArea>getHtmlElementById("typed:text").setText("这事不归我们管，你去找国土局");
            page = ajax(officer, page, "typed:send");
            assertThat(page.getElementById("lastReply"))
                    .as("the scored reply is held by the page")
                    .isNotNull();
            // on to the scorecard, which the result page holds with the taboo the typed words committed
            for (int turn = 0; turn < 10 && !page.getUrl().getPath().endsWith("/roleplay-result.xhtml"); turn++) {
                page = ajax(officer, page, "choice-0");
            }
            assertThat(page.getElementById("tabooHits")).as("the scorecard").isNotNull();
            return officer;
        });
    }

    @Test
    void aTrainersSessionMovesAfterEditingADraft() {
        journey("authoring", () -> {
            Browser trainer = signedIn("迁移编辑", "TRAINER");
            HtmlPage drafts = trainer.get("/trainer/drafts.xhtml");
            drafts.<HtmlTextArea>getHtmlElementById("convert:pasted").setText("一、热情接待\n群众来了要起身让座。\n二、耐心倾听\n让群众把话说完。\n");
            HtmlPage editor = trainer.click(drafts.getHtmlElementById("convert:go"));
            HtmlTextArea markdown = editor.getHtmlElementById("edit:markdown");
            markdown.setText(markdown.getText() + "\n补充的一段。\n");
            HtmlPage saved = trainer.click(editor.getHtmlElementById("edit:save"));
            assertThat(saved.getElementById("messages").asNormalizedText()).isNotBlank();
            trainer.get(saved.getUrl().getFile());
            trainer.get("/trainer/versions.xhtml");
            return trainer;
        });
    }

    @Test
    void anAdministratorsSessionMovesAfterTheReport() {
        journey("report", () -> {
            Browser admin = signedIn("迁移管理员", "ADMIN");
            HtmlPage report = admin.get("/admin/report.xhtml?course=induction");
            assertThat(admin.status(report)).isEqualTo(200);
            admin.get("/admin/insights.xhtml");
            admin.get("/admin/users.xhtml");
            return admin;
        });
    }

    /**
     * Walks one journey, ends it on {@link #LAST_PAGE}, and checks the part of the server log it wrote: the check ran
     * (a size line for the last page) and found nothing that cannot move. Returns the serialised size of the session
     * the journey left, -1 when none was logged.
     */
    private static long journey(String name, Supplier<Browser> walk) {
        int from = server.log().length();
        long started = System.nanoTime();
        try (Browser browser = walk.get()) {
            browser.get(LAST_PAGE);
        }
        String log = awaitCheckOf(from);
        // the journey's own session, as its last page left it (other lines are the administrator that set users up)
        long bytes = -1;
        for (Matcher m = SIZE.matcher(log); m.find(); ) {
            if (m.group(2).equals(LAST_PAGE)) {
                bytes = Long.parseLong(m.group(1));
            }
        }
        System.out.printf(
                "session-portability: journey=%s session-bytes=%d took=%d ms%n",
                name, bytes, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        assertThat(log)
                .as("the session after the " + name + " journey serialises")
                .doesNotContain("event=session.unportable")
                .doesNotContain("NotSerializableException");
        return bytes;
    }

    /**
     * The log from {@code from} on, once the check of the journey's last page is in it: the filter logs after the
     * answer went out, so the test may read the log first.
     */
    private static String awaitCheckOf(int from) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            String log = server.log().substring(from);
            if (log.contains("event=session.unportable") || log.contains("uri=" + LAST_PAGE)) {
                return log;
            }
            assertThat(System.nanoTime())
                    .as("the check logged the journey's last page within 20 s")
                    .isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    /** A new user of this role, signed in. */
    private static Browser signedIn(String displayName, String role) {
        Browser browser = new Browser(server);
        browser.login(fixtures.user(displayName, null, role), Fixtures.PASSWORD);
        return browser;
    }

    private static HtmlPage ajax(Browser browser, HtmlPage page, String id) {
        browser.click(page.getHtmlElementById(id));
        browser.client().waitForBackgroundJavaScript(10_000);
        return (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
    }
}
