package academy.xinfang.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.ApiErrors;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.FromAddress;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.TimeTravel;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords slow down the one account and address they come from instead of locking the account for everyone;
 * only the worst case locks, and an administrator lifts that lock without touching the password. Every failure gives
 * the same answer after the same work. A server of its own: production hashing cost (the timing is the point) and
 * small limits, and requests from several loopback addresses ({@link FromAddress}) playing different offices.
 */
class LoginThrottleIT {
    private static final int LOCK_FAILURES = 12;
    private static final int ADDRESS_FAILURES = 15;
    /** Each request of the timing test comes from an address of its own, so no limit interferes. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);

    private static PayaraServer server;
    private static Fixtures fixtures;

    @BeforeAll
    static void start() {
        server = PayaraServer.named(
                "login-limits",
                Map.of(
                        "ACADEMY_PASSWORD_ITERATIONS", "120000",
                        "ACADEMY_LOGIN_FREE_FAILURES", "5",
                        "ACADEMY_LOGIN_FIRST_WAIT_SECONDS", "1",
                        "ACADEMY_LOGIN_MAX_WAIT_SECONDS", "2",
                        "ACADEMY_LOGIN_ADDRESS_FAILURES", String.valueOf(ADDRESS_FAILURES),
                        "ACADEMY_LOGIN_LOCK_FAILURES", String.valueOf(LOCK_FAILURES)));
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void close() {
        fixtures.close();
        server.close();
    }

    @Test
    void wrongBasicPasswordsSlowDownOnlyTheirOwnAddressWithAClearWaitAndTheRightPasswordWorksAfterIt() {
        String admin = fixtures.user("被猜管理员", null, "ADMIN");
        FromAddress attacker = new FromAddress(server, "127.0.0.2");
        for (int i = 1; i <= 5; i++) {
            assertThat(attacker.getWithBasic("/api/users", admin, "guess-" + i).status())
                    .as("guess " + i)
                    .isEqualTo(401);
        }
        RawClient.Response throttled = attacker.getWithBasic("/api/users", admin, "guess-6");
        assertThat(throttled.status()).isEqualTo(429);
        int wait = Integer.parseInt(throttled.header("Retry-After"));
        assertThat(wait).isBetween(1, 2);
        JsonObject json = Json.createReader(new StringReader(throttled.body())).readObject();
        assertThat(throttled.header("Content-Type")).startsWith(ApiErrors.MEDIA_TYPE);
        assertThat(json.getString("type")).isEqualTo(ApiErrors.TYPE_PREFIX + "api.throttled");
        assertThat(json.getInt("status")).isEqualTo(429);
        assertThat(json.getString("detail")).isEqualTo(Messages.text(Locale.ENGLISH, "api.throttled", wait));
        assertThat(json.getInt("retryAfter")).isEqualTo(wait);
        assertThat(attacker.getWithBasic("/api/users", admin, Fixtures.PASSWORD).status())
                .as("during the wait even the right password is not checked")
                .isEqualTo(429);

        assertThat(new FromAddress(server, "127.0.0.1")
                        .getWithBasic("/api/users", admin, Fixtures.PASSWORD)
                        .status())
                .as("the administrator's own office is not slowed down")
                .isEqualTo(200);
        try (Browser browser = new Browser(server)) {
            assertThat(browser.login(admin, Fixtures.PASSWORD).getElementById("adminHome"))
                    .isNotNull();
        }

        TimeTravel.loginFailures(server, admin, Duration.ofMillis(wait * 1000L + 100));
        assertThat(attacker.getWithBasic("/api/users", admin, Fixtures.PASSWORD).status())
                .as("after the wait the right password works")
                .isEqualTo(200);
    }

    @Test
    void aBurstOfParallelGuessesGetsNoMoreCheckedThanTheFreeFailures() throws Exception {
        String target = fixtures.user("并发被猜", null, "OFFICER");
        FromAddress attacker = new FromAddress(server, "127.0.0.8");
        int burst = 30;
        ExecutorService pool = Executors.newFixedThreadPool(burst);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            String guess = "guess-" + i;
            answers.add(pool.submit(() -> {
                go.await();
                return attacker.getWithBasic("/api/users", target, guess).status();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        long checked = statuses.stream().filter(s -> s == 401).count();
        System.out.printf(
                "parallel burst of %d guesses: %d checked (401), %d throttled (429)%n",
                burst, checked, statuses.stream().filter(s -> s == 429).count());
        assertThat(statuses).allMatch(s -> s == 401 || s == 429);
        // every attempt is recorded before its password is checked, so the k-th to count sees k-1 others
        assertThat(checked).isBetween(1L, 5L);
    }

    @Test
    void manyFailuresFromOneAddressSlowDownEveryNameTypedThere() {
        String officer = fixtures.user("同网学员", null, "OFFICER");
        FromAddress office = new FromAddress(server, "127.0.0.6");
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertThat(office.getWithBasic("/api/users", Fixtures.unique("nobody"), "guess")
                            .status())
                    .isEqualTo(401);
        }
        RawClient.Response throttled = office.getWithBasic("/api/users", officer, Fixtures.PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotNull();
        assertThat(new FromAddress(server, "127.0.0.7")
                        .getWithBasic("/api/users", officer, Fixtures.PASSWORD)
                        .status())
                .as("another address is not slowed down (an officer gets 403 from the admin API)")
                .isEqualTo(403);
    }

    @Test
    void theWorstCaseLocksTheAccountAndAnAdministratorLiftsTheLockWithoutChangingThePassword() {
        String officer = fixtures.user("被锁学员", null, "OFFICER");
        List<FromAddress> botnet = List.of(new FromAddress(server, "127.0.0.3"), new FromAddress(server, "127.0.0.4"));
        int failures = 0;
        while (failures < LOCK_FAILURES) {
            RawClient.Response r = botnet.get(failures % 2).getWithBasic("/api/users", officer, "guess-" + failures);
            if (r.status() == 429) {
                TimeTravel.loginFailures(
                        server, officer, Duration.ofMillis(Integer.parseInt(r.header("Retry-After")) * 1000L + 100));
            } else {
                assertThat(r.status()).isEqualTo(401);
                failures++;
            }
        }
        FromAddress home = new FromAddress(server, "127.0.0.5");
        assertThat(home.getWithBasic("/api/users", officer, Fixtures.PASSWORD).status())
                .as("locked: the right password is refused like a wrong one")
                .isEqualTo(401);

        HtmlPage list = fixtures.admin().get("/admin/users.xhtml");
        String events = list.getElementById("lockEvents").asNormalizedText();
        assertThat(events).contains(officer, String.valueOf(LOCK_FAILURES));
        HtmlPage userPage = fixtures.admin().click(list.getAnchorByText(officer));
        assertThat(userPage.getElementById("lockState").asNormalizedText()).contains("锁定");
        HtmlPage unlocked = fixtures.admin().click(userPage.getHtmlElementById("unlock:doUnlock"));
        assertThat(unlocked.getElementById("messages").asNormalizedText()).contains(officer);

        assertThat(home.getWithBasic("/api/users", officer, Fixtures.PASSWORD).status())
                .as("unlocked with the same password (an officer gets 403 from the admin API)")
                .isEqualTo(403);
        assertThat(fixtures.admin()
                        .get("/admin/users.xhtml")
                        .getElementById("lockEvents")
                        .asNormalizedText())
                .contains("admin");
        assertThat(fixtures.admin().get("/admin/audit.xhtml").asNormalizedText())
                .contains(officer);
    }

    @Test
    void everyFailureGivesTheSameMessage() {
        String officer = fixtures.user("计时学员", null, "OFFICER");
        String disabled = fixtures.user("计时停用", null, "OFFICER");
        HtmlPage edit = fixtures.admin()
                .click(fixtures.admin().get("/admin/users.xhtml").getAnchorByText(disabled));
        edit.<HtmlCheckBoxInput>getHtmlElementById("user:enabled").setChecked(false);
        fixtures.admin().click(edit.getHtmlElementById("user:save"));

        List<String> messages = new ArrayList<>();
        try (Browser browser = new Browser(server)) {
            messages.add(browser.login(Fixtures.unique("nobody"), Fixtures.PASSWORD)
                    .getElementById("loginError")
                    .asNormalizedText());
            messages.add(browser.login(officer, "wrong-" + Fixtures.PASSWORD)
                    .getElementById("loginError")
                    .asNormalizedText());
            messages.add(browser.login(disabled, "wrong-" + Fixtures.PASSWORD)
                    .getElementById("loginError")
                    .asNormalizedText());
            messages.add(browser.login(disabled, Fixtures.PASSWORD)
                    .getElementById("loginError")
                    .asNormalizedText());
        }
        assertThat(messages)
                .as("unknown name, wrong password, disabled, disabled with its right password")
                .allMatch(m -> m.equals(messages.get(0)));
    }

    @Test
    void everyFailureTakesTheSameTimeWhateverItsCause() {
        String disabled = fixtures.user("计时停用二", null, "OFFICER");
        HtmlPage edit = fixtures.admin()
                .click(fixtures.admin().get("/admin/users.xhtml").getAnchorByText(disabled));
        edit.<HtmlCheckBoxInput>getHtmlElementById("user:enabled").setChecked(false);
        fixtures.admin().click(edit.getHtmlElementById("user:save"));
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            known.add(fixtures.user("计时" + i, null, "OFFICER"));
        }
        int rounds = 31;
        long[] unknown = new long[rounds];
        long[] wrong = new long[rounds];
        long[] off = new long[rounds];
        Random random = new Random(10);
        for (int i = 0; i < rounds; i++) {
            // each round in a random order, so that no kind of failure always comes first
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
            Collections.shuffle(order, random);
            for (int kind : order) {
                switch (kind) {
                    case 0 -> unknown[i] = timed(Fixtures.unique("nobody"), "guess-" + i);
                    case 1 -> wrong[i] = timed(known.get(i % known.size()), "guess-" + i);
                    default -> off[i] = timed(disabled, i % 2 == 0 ? Fixtures.PASSWORD : "guess-" + i);
                }
            }
        }
        double u = median(unknown);
        double w = median(wrong);
        double d = median(off);
        System.out.printf(
                "login failure timing, median of %d (ms): unknown name %.1f, wrong password %.1f, " + "disabled %.1f%n",
                rounds, u, w, d);
        double fastest = Math.min(u, Math.min(w, d));
        double slowest = Math.max(u, Math.max(w, d));
        assertThat(fastest / slowest)
                .as("medians %.1f / %.1f / %.1f ms", u, w, d)
                .isGreaterThan(0.4);
    }

    private static long timed(String user, String password) {
        FromAddress from = new FromAddress(server, "127.0.1." + NEXT_ADDRESS.getAndIncrement());
        long start = System.nanoTime();
        int status = from.getWithBasic("/api/users", user, password).status();
        long micros = (System.nanoTime() - start) / 1000;
        assertThat(status).isEqualTo(401);
        return micros;
    }

    private static double median(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
