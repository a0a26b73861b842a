package academy.xinfang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.web.QuizPages;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.RawClient;
import academy.xinfang.testing.TestDatabases;
import academy.xinfang.testing.WrkReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Load benchmark, not part of the suite (no *Test/*IT name): one server carrying N signed-in officers, as a county
 * at exam time. Boots the built WAR, imports and signs in N officers, runs the module page with wrk at 16 and 64
 * connections (each request with a random officer's cookies), has 100 and then 500 officers save answers at once,
 * kills the server and counts in the database the answers it confirmed but did not keep, serves a 20 KB static file
 * with nginx as the ceiling of this machine, and measures one officer's session on a second boot with the session
 * check on. Prints per scenario req/s, p50, p99, server CPU per request (the server process's own CPU time, the
 * figure that survives a noisy shared machine) and RSS, with the load averages around each; the last line is
 * machine-readable. Run with {@code src/test/sh/load-benchmark.sh [officers]}. The figures are printed, never
 * asserted: it fails only when it could not run.
 */
class LoadBenchmark {
    private static final Pattern DATA_ATTEMPT = Pattern.compile("data-attempt=\"(\\d+)\"");
    private static final Pattern DATA_TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");
    private static final Pattern SESSION_SIZE = Pattern.compile("event=session\\.size bytes=(\\d+) uri=(\\S+)");

    /** Two answers for each of the four questions of {@link QuizPages#bank}, by position, as the page script sends. */
    private static final List<String> RESPONSES =
            List.of("S:0", "F:60日", "T:1", "P:0,1,2", "S:1", "F:30日", "T:0", "P:2,1,0");

    private static final int QUESTIONS = 4;
    private static final String NEW_PASSWORD = Fixtures.PASSWORD + "x";

    private final int officerCount = Integer.getInteger("academy.bench.officers", 1000);
    // per officer and round: each question answered twice, the second overwriting the first, which the durability
    // check must then find; more only lengthens the run (it is the first burst that queues)
    private final int answersEach = Integer.getInteger("academy.bench.answers", 8);
    private final int seconds = Integer.getInteger("academy.bench.seconds", 20);
    private final String module = System.getProperty("academy.bench.module", "six-taboos");
    private final Path work = Paths.get("target", "load-benchmark").toAbsolutePath();
    private final Path luaScript =
            Paths.get("src", "test", "sh", "load-benchmark.lua").toAbsolutePath();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private PayaraServer server;

    /**
     * A signed-in officer as a browser holds one: its cookies (the session id and Payara's session version, updated
     * from every response as a browser does), its open attempt, and per question what the server may hold.
     */
    private static final class Officer {
        final String username;
        final Map<String, String> jar = new LinkedHashMap<>();
        String attempt;
        String token;
        /** The last answer the server confirmed SAVED, per position. */
        final Map<Integer, String> confirmed = new HashMap<>();
        /** Answers sent after that confirmation without one (failed or no reply): the server may hold them too. */
        final Map<Integer, Set<String>> unconfirmed = new HashMap<>();

        Officer(String username, String cookieHeader) {
            this.username = username;
            take(cookieHeader);
        }

        void take(String cookieHeader) {
            for (String c : cookieHeader.split("; ")) {
                if (c.contains("=")) {
                    jar.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1));
                }
            }
        }

        String cookies() {
            return jar.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }

        void remember(HttpResponse<?> response) {
            for (String set : response.headers().allValues("set-cookie")) {
                take(set.split(";", 2)[0]);
            }
        }

        /** A client of its own carrying this officer's cookies, for the pages that post forms. */
        RawClient client(PayaraServer server) {
            RawClient client = new RawClient(server);
            jar.forEach(client::cookie);
            return client;
        }
    }

    /** Where the answers are: the database the server used, opened once the server is dead (or any time for MariaDB). */
    @FunctionalInterface
    private interface Database {
        Connection open() throws SQLException;
    }

    @Test
    void load() throws Exception {
        Files.createDirectories(work);
        boolean mariadb = Boolean.getBoolean("academy.mariadb");
        TestDatabases.EmptyDatabase maria = mariadb ? TestDatabases.emptyMariaDb() : null;
        try {
            run(maria);
        } finally {
            if (maria != null) {
                maria.close();
            }
        }
    }

    private void run(TestDatabases.EmptyDatabase maria) throws Exception {
        say(
                "load benchmark: %d officers, module %s, %s, %d cores; load average %s",
                officerCount,
                module,
                maria == null ? "embedded H2" : "MariaDB",
                Runtime.getRuntime().availableProcessors(),
                loadAverage());

        // 1. boot
        long booting = System.nanoTime();
        server = PayaraServer.named(
                "load",
                maria == null
                        ? Map.of()
                        : Map.of(
                                "DB_URL", maria.url().replace("jdbc:mysql:", "jdbc:mariadb:"),
                                "DB_USER", maria.user(),
                                "DB_PASSWORD", maria.password()));
        say(
                "boot: ready in %.1f s, RSS %d MiB, load average %s",
                (System.nanoTime() - booting) / 1e9, rssMiB(), loadAverage());
        Database database = maria == null ? server::jdbc : maria::connection;

        // 2. officers, a quiz, and every officer signed in
        String key = QuizPages.uniqueKey();
        String prefix = "L" + Long.toString(System.nanoTime() % 1_000_000, 36);
        List<String> usernames;
        long importing = System.nanoTime();
        try (Fixtures fixtures = new Fixtures(server);
                Browser trainer = new Browser(server)) {
            String department = fixtures.department("压测县" + prefix, "COUNTY", null);
            usernames = fixtures.importOfficers(department, prefix, officerCount);
            trainer.login(fixtures.user("压测培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
        }
        say("import: %d officers and a quiz in %.1f s", usernames.size(), (System.nanoTime() - importing) / 1e9);
        List<Officer> officers = signIn(usernames);
        assertThat(officers).as("officers signed in").isNotEmpty();
        long rssSessions = rssMiB();
        say("RSS with %d signed-in sessions: %d MiB; load average %s", officers.size(), rssSessions, loadAverage());

        // 3. the module page
        List<String> modules = moduleIds();
        String page = "/learn/module.xhtml?id=" + module;
        String probe = get(officers.get(0), page);
        assertThat(probe)
                .as("the module page for a signed-in officer")
                .contains(module)
                .doesNotContain("j_security_check");
        Path cookies = work.resolve("cookies.txt");
        Files.write(cookies, officers.stream().map(Officer::cookies).toList(), StandardCharsets.UTF_8);
        Wrk warm = wrk("module page warm-up", 8, 5, server.url(page), cookies, server::cpuTime);
        Wrk c16 = wrk("module page c=16", 16, seconds, server.url(page), cookies, server::cpuTime);
        Wrk c64 = wrk("module page c=64", 64, seconds, server.url(page), cookies, server::cpuTime);
        assertThat(warm.report().requests()
                        + c16.report().requests()
                        + c64.report().requests())
                .as("wrk requests")
                .isPositive();
        List<Officer> readers = officers.subList(0, Math.min(100, officers.size()));
        readModules(readers, modules, 15);

        // 4. answer saves
        List<Officer> candidates = officers.subList(0, Math.min(500, officers.size()));
        startAttempts(candidates, key);
        List<Officer> withAttempt =
                candidates.stream().filter(o -> o.attempt != null).toList();
        Saves s100 = saves(withAttempt.subList(0, Math.min(100, withAttempt.size())));
        Saves s500 = saves(withAttempt);
        assertThat(s100.saved() + s500.saved()).as("answers saved").isPositive();
        long rssEnd = rssMiB();
        say("RSS after the saves: %d MiB", rssEnd);
        server.kill();
        int lost = lost(withAttempt, database);

        // 5. the ceiling of this machine
        nginx();

        // 6. one officer's session on a server of its own with the session check on
        double sessionKb = sessionKb(modules, 15);

        say("load average at the end %s", loadAverage());
        System.out.printf(
                Locale.ROOT,
                "bench: page_cpu_ms=%.2f page_rps_c64=%.0f page_p99_ms_c64=%.0f save_cpu_ms=%.2f save_p99_ms_c500=%.0f"
                        + " session_kb=%s rss_mb_%d=%d lost=%d%n",
                c64.cpuMsPerRequest(),
                c64.report().rps(),
                c64.report().p99Ms(),
                s500.cpuMsPerSave(),
                s500.p99(),
                Double.isNaN(sessionKb) ? "n/a" : String.format(Locale.ROOT, "%.1f", sessionKb),
                officerCount,
                rssSessions,
                lost);
        System.out.flush();
    }

    // ---- 2. sign-in ------------------------------------------------------------------------------------------------

    /**
     * Signs every officer in as a browser does, in four plain requests (the login page for its token, the login, the
     * forced password page, the new password), a few at a time; keeps the cookies of each.
     */
    private List<Officer> signIn(List<String> usernames) throws InterruptedException {
        String before = loadAverage();
        long start = System.nanoTime();
        Duration cpu = server.cpuTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Officer>> tasks = new ArrayList<>();
        for (String username : usernames) {
            tasks.add(() -> {
                try {
                    RawClient client =
                            new RawClient(server).loginChangingPassword(username, Fixtures.PASSWORD, NEW_PASSWORD);
                    return new Officer(username, client.cookieHeader());
                } catch (RuntimeException e) {
                    failures.add(username + ": " + e.getMessage());
                    return null;
                }
            });
        }
        List<Officer> officers = new ArrayList<>();
        for (Officer o : all(Integer.getInteger("academy.bench.signin.threads", 8), tasks)) {
            if (o != null) {
                officers.add(o);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuMs = server.cpuTime().minus(cpu).toMillis();
        say(
                "sign-in: %d officers in %.1f s (%.0f/s), server CPU %.1f ms per sign-in, %d failed%s; load average"
                        + " %s -> %s",
                officers.size(),
                wall,
                officers.size() / wall,
                cpuMs / (double) Math.max(1, usernames.size()),
                failures.size(),
                failures.isEmpty() ? "" : " (first: " + failures.get(0) + ")",
                before,
                loadAverage());
        return officers;
    }

    // ---- 3. the module page ----------------------------------------------------------------------------------------

    /** One wrk run: what wrk printed, and the server's CPU time over it. */
    private record Wrk(WrkReport report, double cpuMs) {
        double cpuMsPerRequest() {
            return report.requests() == 0 ? Double.NaN : cpuMs / report.requests();
        }
    }

    /**
     * Runs wrk (two threads, the cores of the machine, with a timeout long enough that slow answers are measured
     * rather than dropped) against the URL, each request with a random officer's cookies from the file (or none),
     * and prints its figures.
     */
    private Wrk wrk(String label, int connections, int duration, String url, Path cookies, Supplier<Duration> cpuTime)
            throws IOException, InterruptedException {
        String before = loadAverage();
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t",
                "2",
                "-c",
                String.valueOf(connections),
                "-d",
                duration + "s",
                "--timeout",
                "30s",
                "--latency"));
        if (cookies != null) {
            command.addAll(List.of("-s", luaScript.toString()));
        }
        command.add(url);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (cookies != null) {
            pb.environment().put("ACADEMY_BENCH_COOKIES", cookies.toString());
        }
        Duration cpu = cpuTime == null ? Duration.ZERO : cpuTime.get();
        Process wrk = pb.start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        double cpuMs = cpuTime == null ? Double.NaN : cpuTime.get().minus(cpu).toMillis();
        Wrk result = new Wrk(WrkReport.parse(out), cpuMs);
        say(
                "%s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, %d requests, %d non-2xx, socket errors %s%s;"
                        + " load average %s -> %s",
                label,
                result.report().rps(),
                result.report().p50Ms(),
                result.report().p99Ms(),
                result.report().requests(),
                result.report().non2xx(),
                result.report().socketErrors(),
                cpuTime == null
                        ? ""
                        : String.format(Locale.ROOT, ", server CPU %.2f ms per request", result.cpuMsPerRequest()),
                before,
                loadAverage());
        return result;
    }

    /** Each of these officers views this many module pages, one after another, a few officers at once. */
    private void readModules(List<Officer> readers, List<String> modules, int views) throws InterruptedException {
        String before = loadAverage();
        long start = System.nanoTime();
        Duration cpu = server.cpuTime();
        AtomicInteger failed = new AtomicInteger();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (Officer o : readers) {
            tasks.add(() -> {
                for (int v = 0; v < views; v++) {
                    String body = get(o, "/learn/module.xhtml?id=" + modules.get(v % modules.size()));
                    if (body == null) {
                        failed.incrementAndGet();
                    }
                }
                return views;
            });
        }
        all(8, tasks);
        int pages = readers.size() * views;
        say(
                "module views: %d officers x %d pages in %.1f s, server CPU %.2f ms per page, %d failed; RSS after %d"
                        + " MiB; load average %s -> %s",
                readers.size(),
                views,
                (System.nanoTime() - start) / 1e9,
                server.cpuTime().minus(cpu).toMillis() / (double) pages,
                failed.get(),
                rssMiB(),
                before,
                loadAverage());
    }

    /** The page's markup with this officer's cookies, or null unless it answered 200. */
    private String get(Officer officer, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Cookie", officer.cookies())
                        .timeout(Duration.ofSeconds(120))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        officer.remember(r);
        return r.statusCode() == 200 ? r.body() : null;
    }

    /** The ids of the shipped modules, from the front matter of content/*.md. */
    private static List<String> moduleIds() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get("content"))) {
            List<String> ids = new ArrayList<>();
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = Pattern.compile("(?m)^id: *(\\S+)").matcher(Files.readString(f));
                if (m.find()) {
                    ids.add(m.group(1));
                }
            }
            assertThat(ids).as("modules in content/").isNotEmpty();
            return ids;
        }
    }

    // ---- 4. answer saves ---------------------------------------------------------------------------------------

    /** Each officer starts (or resumes) the quiz on its page, a few at a time; keeps the attempt and its token. */
    private void startAttempts(List<Officer> officers, String key) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger failed = new AtomicInteger();
        List<Callable<Officer>> tasks = new ArrayList<>();
        for (Officer o : officers) {
            tasks.add(() -> {
                try {
                    RawClient client = o.client(server);
                    String attempt = QuizPages.start(client, key).body();
                    Matcher id = DATA_ATTEMPT.matcher(attempt);
                    Matcher token = DATA_TOKEN.matcher(attempt);
                    if (id.find() && token.find()) {
                        o.attempt = id.group(1);
                        o.token = token.group(1);
                        o.take(client.cookieHeader());
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
                return o;
            });
        }
        all(8, tasks);
        say(
                "attempts: %d officers started the quiz in %.1f s, %d failed",
                officers.size() - failed.get(), (System.nanoTime() - start) / 1e9, failed.get());
    }

    /** One round of saves: every save's time, how many the server confirmed, the failures, the server's CPU. */
    private record Saves(List<Long> nanos, int saved, int failed, double wallSeconds, long cpuMs) {
        double p99() {
            return ms(nanos, 0.99);
        }

        double cpuMsPerSave() {
            return cpuMs / (double) Math.max(1, nanos.size());
        }
    }

    /**
     * All these officers send their answers at once, each officer's one after another as a browser sends them, never
     * again after a failure (a failure is counted, not hidden); prints saves/s, p50, p99, CPU per save, failures.
     */
    private Saves saves(List<Officer> officers) throws InterruptedException {
        String before = loadAverage();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> failures = Collections.synchronizedMap(new LinkedHashMap<>());
        AtomicInteger saved = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(officers.size());
        List<Future<?>> done = new ArrayList<>();
        for (Officer o : officers) {
            done.add(pool.submit(() -> {
                go.await();
                for (int n = 0; n < answersEach; n++) {
                    int position = n % QUESTIONS;
                    String response = RESPONSES.get(n % RESPONSES.size());
                    String outcome = save(o, position, response, nanos);
                    if (outcome == null) {
                        saved.incrementAndGet();
                        o.confirmed.put(position, response);
                        o.unconfirmed.remove(position);
                    } else {
                        failures.merge(outcome, 1, Integer::sum);
                        o.unconfirmed
                                .computeIfAbsent(position, p -> new HashSet<>())
                                .add(response);
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        Duration cpu = server.cpuTime();
        go.countDown();
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuMs = server.cpuTime().minus(cpu).toMillis();
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        Saves s = new Saves(sorted, saved.get(), sorted.size() - saved.get(), wall, cpuMs);
        say(
                "answer save, %d officers at once x %d answers: %.0f saves/s, p50 %.1f ms, p99 %.1f ms, server CPU %.2f"
                        + " ms per save, %d saved, %d failed%s; load average %s -> %s",
                officers.size(),
                answersEach,
                sorted.size() / wall,
                ms(sorted, 0.5),
                s.p99(),
                s.cpuMsPerSave(),
                s.saved(),
                s.failed(),
                failures.isEmpty() ? "" : " " + failures,
                before,
                loadAverage());
        return s;
    }

    /** Sends one answer as the page script does; null when the server confirmed it SAVED, else what it said. */
    private String save(Officer o, int position, String response, List<Long> nanos) throws InterruptedException {
        String body = "attempt=" + o.attempt + "&position=" + position + "&check=0&token=" + o.token + "&response="
                + URLEncoder.encode(response, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/learn/quiz/answer")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", o.cookies())
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos.add(System.nanoTime() - start);
            o.remember(r);
            if (r.statusCode() == 200 && r.body().contains("\"SAVED\"")) {
                return null;
            }
            return r.statusCode() + " "
                    + r.body().substring(0, Math.min(60, r.body().length()));
        } catch (IOException e) {
            nanos.add(System.nanoTime() - start);
            return "no reply: " + e.getClass().getSimpleName();
        }
    }

    /**
     * Confirmed answers the database does not hold: read once the server is dead (killed, nothing flushed on the way
     * out). An answer sent after the last confirmed one without a confirmation may be held instead of it.
     */
    private int lost(List<Officer> officers, Database database) throws SQLException {
        int lost = 0;
        int checked = 0;
        try (Connection c = database.open();
                PreparedStatement s =
                        c.prepareStatement("SELECT position, response FROM attempt_answer WHERE attempt_id = ?")) {
            for (Officer o : officers) {
                s.setLong(1, Long.parseLong(o.attempt));
                Map<Integer, String> stored = new HashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stored.put(r.getInt(1), r.getString(2));
                    }
                }
                for (Map.Entry<Integer, String> e : o.confirmed.entrySet()) {
                    checked++;
                    String held = stored.get(e.getKey());
                    boolean explained = e.getValue().equals(held)
                            || o.unconfirmed.getOrDefault(e.getKey(), Set.of()).contains(held);
                    if (!explained) {
                        lost++;
                    }
                }
            }
        }
        say(
                "durability: server killed (SIGKILL); %d confirmed answers checked in the database, lost=%d",
                checked, lost);
        return lost;
    }

    // ---- 5. the ceiling ----------------------------------------------------------------------------------------

    /** nginx serving a 20 KB static file on a free port, with a throw-away configuration; null if not installed. */
    private Wrk nginx() throws IOException, InterruptedException {
        Path binary = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
                .map(Paths::get)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        if (binary == null) {
            say("nginx ceiling: nginx is not installed");
            return null;
        }
        Path dir = work.resolve("nginx");
        Files.createDirectories(dir.resolve("www"));
        Files.writeString(dir.resolve("www").resolve("static.html"), "x".repeat(20 * 1024));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(
                dir.resolve("nginx.conf"),
                String.join(
                        "\n",
                        "daemon off;",
                        "worker_processes auto;",
                        "pid " + dir.resolve("nginx.pid") + ";",
                        "error_log " + dir.resolve("error.log") + ";",
                        "events { worker_connections 1024; }",
                        "http {",
                        "  access_log off;",
                        "  client_body_temp_path " + dir.resolve("tmp") + ";",
                        "  proxy_temp_path " + dir.resolve("tmp") + ";",
                        "  fastcgi_temp_path " + dir.resolve("tmp") + ";",
                        "  uwsgi_temp_path " + dir.resolve("tmp") + ";",
                        "  scgi_temp_path " + dir.resolve("tmp") + ";",
                        "  server { listen 127.0.0.1:" + port + "; root " + dir.resolve("www") + "; }",
                        "}",
                        ""));
        Process nginx = new ProcessBuilder(
                        binary.toString(),
                        "-e",
                        dir.resolve("error.log").toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile())
                .start();
        try {
            String url = "http://127.0.0.1:" + port + "/static.html";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!answers(url)) {
                if (System.nanoTime() > deadline || !nginx.isAlive()) {
                    say("nginx ceiling: nginx did not start: %s", Files.readString(dir.resolve("out.log")));
                    return null;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
            return wrk("nginx 20 KB static c=64", 64, 10, url, null, null);
        } finally {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    private boolean answers(String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    // ---- 6. session bytes --------------------------------------------------------------------------------------

    /**
     * The largest serialised session of one officer who views this many module pages and answers a quiz, on a second
     * server with the session check on (it serialises the session after every request, which costs CPU the main
     * run must not pay), in KB; NaN if the server logged no sizes.
     */
    private double sessionKb(List<String> modules, int views) throws IOException, InterruptedException {
        try (PayaraServer checked = PayaraServer.named(
                "load-session", Map.of("ACADEMY_SESSION_CHECK", "true", "ACADEMY_SESSION_CHECK_SIZES", "true"))) {
            String key = QuizPages.uniqueKey();
            String officer;
            try (Fixtures fixtures = new Fixtures(checked);
                    Browser trainer = new Browser(checked)) {
                officer = fixtures.user("会话学员", null, "OFFICER");
                trainer.login(fixtures.user("会话培训师", null, "TRAINER"), Fixtures.PASSWORD);
                QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
            }
            int before = checked.log().length();
            RawClient client = new RawClient(checked).login(officer, Fixtures.PASSWORD);
            for (int v = 0; v < views; v++) {
                client.get("/learn/module.xhtml?id=" + modules.get(v % modules.size()));
            }
            long afterViews = largestSession(checked.log().substring(before));
            String attempt = QuizPages.start(client, key).body();
            Matcher id = DATA_ATTEMPT.matcher(attempt);
            Matcher token = DATA_TOKEN.matcher(attempt);
            if (id.find() && token.find()) {
                for (int position = 0; position < QUESTIONS; position++) {
                    client.postForm(
                            "/learn/quiz/answer",
                            Map.of(
                                    "attempt", id.group(1),
                                    "position", String.valueOf(position),
                                    "response", RESPONSES.get(position),
                                    "check", "0",
                                    "token", token.group(1)),
                            Map.of());
                }
            }
            long largest = largestSession(checked.log().substring(before));
            if (largest < 0) {
                say("session: the server logged no session sizes");
                return Double.NaN;
            }
            say(
                    "session of one officer (second boot, session check on): %.1f KB after %d module views, %.1f KB"
                            + " at most with a quiz answered",
                    afterViews / 1024.0, views, largest / 1024.0);
            return largest / 1024.0;
        }
    }

    private static long largestSession(String log) {
        Matcher m = SESSION_SIZE.matcher(log);
        long largest = -1;
        while (m.find()) {
            largest = Math.max(largest, Long.parseLong(m.group(1)));
        }
        return largest;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Runs the tasks on this many threads and returns their results in order. */
    private static <T> List<T> all(int threads, List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private long rssMiB() {
        try {
            Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB")
                    .matcher(Files.readString(Paths.get("/proc", String.valueOf(server.pid()), "status")));
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    static {
        // a benchmark run prints; keep HtmlUnit's warnings about resource content types out of the figures
        Logger.getLogger("org.htmlunit").setLevel(Level.SEVERE);
    }
}
