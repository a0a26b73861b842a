package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.PayaraServer.Sessions;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not part of the suite (no *Test/*IT name): N officers each hold an open attempt and all send answers at
 * once, as a county class finishing a quiz together would; prints the median, p99 and maximum time to save one answer.
 * Then the same officers view read-only pages at once, for the server's CPU per page. Run with
 * {@code src/test/sh/quiz-benchmark.sh [attempts] [answers per attempt]}, once per way of keeping sessions (each on a
 * server of its own, one after the other in the run, so that the figures compare). Checks that every save succeeded
 * and every page answered; the figures themselves are printed, never asserted, since the machines are shared.
 */
class QuizSaveBenchmark {
    /** Read-only pages every officer views {@link #VIEWS} times each after the saves, for the CPU per page. */
    private static final List<String> PAGES = List.of("/learn/module.xhtml?id=six-taboos", "/learn/catalogue.xhtml");

    private static final int VIEWS = 5;

    /** What one server did: CPU per answer save and per read-only page view, and whether its sessions were stored. */
    private record Figures(Sessions sessions, double cpuPerSave, double cpuPerPage, boolean versioned) {}

    /**
     * Runs the whole benchmark once per way of keeping sessions named in {@code -Dacademy.bench.sessions} (default:
     * the store as it was before issue 14, then the launcher's standalone setting), one server after the other in
     * the same run, and prints each, then the ratios against the first.
     */
    @Test
    void answersSavedUnderConcurrentAttempts() throws Exception {
        List<Figures> all = new ArrayList<>();
        for (String mode : System.getProperty("academy.bench.sessions", "FULL_STORE,STANDALONE")
                .split(",")) {
            all.add(run(Sessions.valueOf(mode.trim())));
        }
        Figures first = all.get(0);
        for (Figures f : all) {
            System.out.printf(
                    "sessions %s: CPU per save %.2f ms (%.1fx less than %s), per page %.2f ms (%.1fx less),"
                            + " JSESSIONIDVERSION %s%n",
                    f.sessions(),
                    f.cpuPerSave(),
                    first.cpuPerSave() / f.cpuPerSave(),
                    first.sessions(),
                    f.cpuPerPage(),
                    first.cpuPerPage() / f.cpuPerPage(),
                    f.versioned() ? "sent (sessions in the store)" : "absent (sessions in memory)");
        }
    }

    private Figures run(Sessions sessionMode) throws Exception {
        int attempts = Integer.getInteger("academy.bench.attempts", 100);
        int answersEach = Integer.getInteger("academy.bench.answers", 20);
        // -Dacademy.bench.dburl=... runs the same on another database URL (e.g. an H2 WRITE_DELAY to compare)
        String dbUrl = System.getProperty("academy.bench.dburl", "");
        PayaraServer server = PayaraServer.named(
                "bench-" + sessionMode.name().toLowerCase(Locale.ROOT),
                dbUrl.isEmpty() ? Map.of() : Map.of("DB_URL", dbUrl),
                sessionMode);
        System.out.printf("%n== sessions %s%n", sessionMode);
        String key = QuizPages.uniqueKey();
        String prefix = "b" + Long.toString(System.nanoTime() % 1_000_000, 36);
        try (Fixtures fixtures = new Fixtures(server);
                Browser trainer = new Browser(server)) {
            String department = fixtures.department("压测县" + prefix, "COUNTY", null);
            fixtures.importOfficers(department, prefix, attempts);
            trainer.login(fixtures.user("压测培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
        }

        record Session(String cookie, String attempt, String token) {}
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            try (Browser officer = new Browser(server)) {
                // imported officers choose their own password at the first sign-in
                officer.loginChangingPassword(prefix + "u" + i, Fixtures.PASSWORD, Fixtures.PASSWORD + "x");
                HtmlPage attempt = QuizPages.start(officer, key);
                // every cookie the browser would send with an answer (the session id, and Payara's session version)
                String cookies = officer.client().getCookies(new URL(server.url("/learn/quiz/answer"))).stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "));
                sessions.add(new Session(
                        cookies,
                        QuizPages.attemptId(attempt),
                        attempt.getElementById("attempt").getAttribute("data-token")));
            }
        }

        String[] responses = {"S:0", "F:60日", "T:1", "P:0,1,2", "S:1", "F:30日", "T:0", "P:2,1,0"};
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(Integer.getInteger("academy.bench.threads", attempts));
        List<Future<Integer>> saved = new ArrayList<>();
        for (Session s : sessions) {
            saved.add(pool.submit(() -> {
                go.await();
                int ok = 0;
                // like a browser, send back the session version cookie Payara updates with every response
                Map<String, String> jar = jar(s.cookie());
                for (int n = 0; n < answersEach; n++) {
                    String body = "attempt=" + s.attempt() + "&position=" + (n % 4) + "&check=0&token=" + s.token()
                            + "&response=" + URLEncoder.encode(responses[n % responses.length], StandardCharsets.UTF_8);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(server.url("/learn/quiz/answer")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Cookie", cookieHeader(jar))
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long start = System.nanoTime();
                    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                    // Payara 6 refuses some signed-in requests under load (payara/Payara#6145); the page
                    // script sends such an answer again, and so does this benchmark, counting how often
                    for (int retry = 0;
                            retry < 5
                                    && resp.statusCode() == 403
                                    && !resp.body().startsWith("{");
                            retry++) {
                        refused.incrementAndGet();
                        Thread.sleep(500);
                        resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                    }
                    nanos.add(System.nanoTime() - start); // until saved, retries included
                    keep(resp, jar);
                    if (resp.statusCode() == 200 && resp.body().contains("\"SAVED\"")) {
                        ok++;
                    } else {
                        failures.add(resp.statusCode() + " "
                                + resp.body()
                                        .substring(0, Math.min(120, resp.body().length())));
                    }
                }
                return ok;
            }));
        }
        long wall = System.nanoTime();
        Duration cpuBefore = server.cpuTime();
        go.countDown();
        int ok = 0;
        for (Future<Integer> f : saved) {
            ok += f.get();
        }
        wall = System.nanoTime() - wall;
        Duration cpu = server.cpuTime().minus(cpuBefore);
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                "%nquiz answer save: %d concurrent attempts x %d answers = %d saves in %.1f s (%.0f saves/s)%n",
                attempts, answersEach, sorted.size(), wall / 1e9, sorted.size() / (wall / 1e9));
        System.out.printf(
                "time to save one answer: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(sorted, 0.5), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        System.out.printf(
                "server CPU per save: %.1f ms (%d ms over the run)%n",
                cpu.toMillis() / (double) sorted.size(), cpu.toMillis());
        System.out.printf(
                "spurious 403 answers (payara/Payara#6145) sent again: %d of %d%n%n", refused.get(), sorted.size());
        assertThat(ok)
                .as(
                        "every answer saved; first failures: %s",
                        failures.stream().distinct().limit(5).toList())
                .isEqualTo(attempts * answersEach);

        // the same officers view read-only pages, all at once, as many views each
        AtomicInteger views = new AtomicInteger();
        CountDownLatch browse = new CountDownLatch(1);
        List<Future<Boolean>> browsed = new ArrayList<>();
        ExecutorService viewers = Executors.newFixedThreadPool(Integer.getInteger("academy.bench.threads", attempts));
        for (Session s : sessions) {
            browsed.add(viewers.submit(() -> {
                browse.await();
                boolean versioned = false;
                Map<String, String> jar = jar(s.cookie());
                for (int n = 0; n < VIEWS; n++) {
                    for (String page : PAGES) {
                        HttpResponse<String> resp = http.send(
                                HttpRequest.newBuilder(URI.create(server.url(page)))
                                        .header("Cookie", cookieHeader(jar))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (resp.statusCode() != 200) {
                            failures.add(page + " " + resp.statusCode());
                        }
                        versioned |= keep(resp, jar);
                        views.incrementAndGet();
                    }
                }
                return versioned;
            }));
        }
        Duration pageCpuBefore = server.cpuTime();
        browse.countDown();
        boolean versioned = false;
        for (Future<Boolean> f : browsed) {
            versioned |= f.get();
        }
        Duration pageCpu = server.cpuTime().minus(pageCpuBefore);
        viewers.shutdown();
        double cpuPerPage = pageCpu.toMillis() / (double) views.get();
        System.out.printf(
                "server CPU per page: %.2f ms (%d views of %s)%n", cpuPerPage, views.get(), String.join(" ", PAGES));
        assertThat(failures).as("every page answered").isEmpty();
        server.close();
        return new Figures(sessionMode, cpu.toMillis() / (double) sorted.size(), cpuPerPage, versioned);
    }

    /** The cookies of a header line, by name. */
    private static Map<String, String> jar(String cookieHeader) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String c : cookieHeader.split("; ")) {
            jar.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1));
        }
        return jar;
    }

    private static String cookieHeader(Map<String, String> jar) {
        return jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    /**
     * Keeps the cookies an answer sets, as a browser would (Payara updates the session version with every answer of
     * a stored session); true when one was the session version.
     */
    private static boolean keep(HttpResponse<?> resp, Map<String, String> jar) {
        boolean versioned = false;
        for (String set : resp.headers().allValues("set-cookie")) {
            String pair = set.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            versioned |= pair.startsWith("JSESSIONIDVERSION=");
        }
        return versioned;
    }

    private static double ms(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static {
        // a benchmark run prints; keep HtmlUnit's warnings about resource content types out of the figures
        Logger.getLogger("org.htmlunit").setLevel(Level.SEVERE);
    }
}
