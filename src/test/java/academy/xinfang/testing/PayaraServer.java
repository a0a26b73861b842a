package academy.xinfang.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The built WAR running on Payara Micro in a child process, on a free port, with a throw-away working directory under
 * {@code target/} (so the default H2 file database lands in {@code target/it-<name>/data}). One server per name is
 * started per test JVM; tests share it and create their own users. A shared server ({@link #h2()}) runs until the JVM
 * exits; a test class that starts a server for itself closes it when done, so that it does not sit idle with its heap
 * (or outlive the database it was given) for the rest of the run.
 */
public final class PayaraServer implements AutoCloseable {
    /** Passes the first-start check, which refuses a password containing the username "admin". */
    public static final String ADMIN_PASSWORD = "Guanli2026pw";

    private static final Map<String, PayaraServer> RUNNING = new ConcurrentHashMap<>();
    private static final Path PAYARA_CONF = Paths.get("src/main/payara").toAbsolutePath();

    /**
     * Where a server keeps its sessions: the settings added to {@code src/main/payara/pre-boot-commands.asadmin}, as
     * the launcher adds them for its mode. {@link #FULL_STORE} is how every server ran before issue 14, for benchmarks
     * that compare.
     */
    public enum Sessions {
        /** In memory only: the launcher without {@code ACADEMY_CLUSTER}. */
        STANDALONE("pre-boot-standalone.asadmin"),
        /** In the cluster's store, written after requests that changed them: the launcher's cluster members. */
        CLUSTER("pre-boot-cluster.asadmin"),
        /** In the store, the whole session read and written on every request (Payara's default). */
        FULL_STORE(null);

        private final String file;

        Sessions(String file) {
            this.file = file;
        }

        /** The pre-boot commands of a server keeping sessions this way. */
        String preBootCommands() throws IOException {
            String common = Files.readString(PAYARA_CONF.resolve("pre-boot-commands.asadmin"));
            return file == null ? common : common + Files.readString(PAYARA_CONF.resolve(file));
        }
    }

    private final String name;
    private final Path workDir;
    private final Path log;
    private int port;
    private final Map<String, String> environment;
    private final Cluster cluster;
    private final int member;
    private final Sessions sessions;
    private Process process;
    private final Thread stopAtExit = new Thread(this::stop);

    private PayaraServer(String name, Map<String, String> environment, Cluster cluster, int member, Sessions sessions)
            throws IOException, InterruptedException {
        this.name = name;
        this.cluster = cluster;
        this.member = member;
        this.sessions = sessions;
        this.workDir = Paths.get("target", "it-" + name).toAbsolutePath();
        this.environment = withDatabase(environment, workDir);
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        this.log = workDir.resolve("server.log");
        start();
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * The environment with the server's own H2 file (the default flags, in {@code target/it-<name>/data}) opened with
     * {@code AUTO_SERVER}, unless it names a database: tests reach it over {@link #jdbc()} while the server runs, to
     * let time pass ({@link TimeTravel}) or store what no page stores any more.
     */
    private static Map<String, String> withDatabase(Map<String, String> environment, Path workDir) {
        if (environment.containsKey("DB_URL")) {
            return environment;
        }
        Map<String, String> with = new HashMap<>(environment);
        with.put(
                "DB_URL",
                "jdbc:h2:file:" + workDir.resolve("data").resolve("academy")
                        + ";MODE=LEGACY;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        return Map.copyOf(with);
    }

    /**
     * Boots the server on a free port. No second try: the listener settings are applied before boot, so a start
     * under load no longer fails with "GrizzlyProxy is NULL", and a harness that retried would hide it if it did.
     */
    private void start() throws IOException, InterruptedException {
        port = freePort();
        boot();
    }

    private void boot() throws IOException, InterruptedException {
        Files.deleteIfExists(log);
        String war = requiredFile("academy.war", "target/academy.war");
        String payara = requiredFile("academy.payara", "target/payara-micro.jar");
        // one file, as the launcher writes it: the common settings and those of the mode
        Path preBoot = workDir.resolve("pre-boot-commands.asadmin");
        Files.writeString(preBoot, sessions.preBootCommands());
        List<String> command = new ArrayList<>(List.of(
                javaBin(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-jar",
                payara,
                "--port",
                String.valueOf(port),
                "--contextroot",
                "/",
                "--deploy",
                war,
                "--prebootcommandfile",
                preBoot.toString(),
                "--rootdir",
                workDir.resolve("payara").toString()));
        command.addAll(cluster == null ? List.of("--nocluster") : cluster.arguments(member));
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("ACADEMY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Cheap hashes keep the many logins of the suite fast; production keeps the configured default.
        pb.environment().put("ACADEMY_PASSWORD_ITERATIONS", "5000");
        // Every test connects from 127.0.0.1, so the per-address budget would add up the whole suite's deliberate
        // failures; a server of its own tests that limit (LoginThrottleIT, with other loopback addresses).
        pb.environment().put("ACADEMY_LOGIN_ADDRESS_FAILURES", "1000000");
        pb.environment()
                .put(
                        "ACADEMY_CONTENT_DIR",
                        Paths.get("content").toAbsolutePath().toString());
        pb.environment()
                .put(
                        "ACADEMY_QUIZZES_DIR",
                        Paths.get("quizzes").toAbsolutePath().toString());
        // A short grace after a quiz deadline keeps the time-limit tests short; production keeps 10 s.
        pb.environment().put("ACADEMY_QUIZ_GRACE_SECONDS", "1");
        // Reading time is earned on the server's clock: a fast speed (60 times the default, no minimum per section)
        // keeps tests that read whole modules to seconds, and pages report every 2 s, while still a module posted
        // through in a burst is not read; production keeps 500 characters a minute, 5 s a section, reports every 30 s.
        pb.environment().put("ACADEMY_READING_CHARS_PER_MINUTE", "30000");
        pb.environment().put("ACADEMY_READING_MIN_SECONDS_PER_SECTION", "0");
        pb.environment().put("ACADEMY_READING_REPORT_SECONDS", "2");
        pb.environment()
                .put(
                        "ACADEMY_SCENARIOS_DIR",
                        Paths.get("quizzes", "scenarios").toAbsolutePath().toString());
        pb.environment()
                .put(
                        "ACADEMY_COURSES_DIR",
                        Paths.get("content", "courses").toAbsolutePath().toString());
        pb.environment().putAll(environment);
        this.process = pb.start();
        // for a test that stops the node by a shell command, as the container test does with its nodes
        Files.writeString(workDir.resolve("pid"), String.valueOf(process.pid()));
        awaitReady();
    }

    /** Stops the server gracefully and starts it again on the same working directory and database. */
    public void restart() {
        stop();
        try {
            start();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Payara Micro did not restart: " + e.getMessage(), e);
        }
        RUNNING.put(name, this);
    }

    /**
     * Kills the server with SIGKILL, as a crash or a lost node would end it (no shutdown hook runs, nothing is
     * flushed), then starts it again on the same working directory and database.
     */
    public void killAndRestart() {
        killProcess();
        try {
            start();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Payara Micro did not start after the kill: " + e.getMessage(), e);
        }
    }

    /**
     * Kills the server with SIGKILL and does not start it again: a node lost for good. Its sessions live on only in
     * the other members of its cluster.
     */
    public void kill() {
        killProcess();
        RUNNING.remove(name, this);
    }

    private void killProcess() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while killing Payara Micro", e);
            }
        }
    }

    /**
     * A Hazelcast cluster of Payara Micro nodes on loopback: a name of its own (so that no other test run's nodes
     * join it) and a free Hazelcast port per member, all listed to every member (TCP/IP discovery, no multicast).
     */
    public record Cluster(String name, List<Integer> ports) {
        public static Cluster onLoopback(int members) throws IOException {
            List<Integer> ports = new ArrayList<>();
            while (ports.size() < members) {
                int port = freePort();
                if (!ports.contains(port)) {
                    ports.add(port);
                }
            }
            return new Cluster(
                    "it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12), List.copyOf(ports));
        }

        /**
         * The options of member {@code member} (0-based). {@code --nohostaware}: with host-aware partitioning, members
         * on one address keep no backups of each other, and a lost node would lose its sessions.
         */
        List<String> arguments(int member) {
            return List.of(
                    "--clustername",
                    name,
                    "--clustermode",
                    "tcpip:"
                            + String.join(
                                    ",",
                                    ports.stream().map(p -> "127.0.0.1:" + p).toList()),
                    "--interfaces",
                    "127.0.0.1",
                    "--nohostaware",
                    "--startport",
                    String.valueOf(ports.get(member)),
                    "--name",
                    "member" + member);
        }
    }

    /**
     * Member {@code member} of the cluster, a server of its own name, working directory and environment (give every
     * member the same {@code DB_URL} of a shared database: an H2 file cannot be shared between processes).
     */
    public static synchronized PayaraServer clusterMember(
            String name, Map<String, String> environment, Cluster cluster, int member) {
        if (RUNNING.containsKey(name)) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            PayaraServer server = new PayaraServer(name, environment, cluster, member, Sessions.CLUSTER);
            RUNNING.put(name, server);
            return server;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Payara Micro did not start: " + e.getMessage(), e);
        }
    }

    /** Waits until the server's log shows it in a cluster of this many members (Payara's "Data Grid Status"). */
    public void awaitMembers(int members, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String line = "DG Size: " + members;
        while (!log().contains(line)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        name + " saw no cluster of " + members + " members within " + timeout + ": " + tail());
            }
            Thread.sleep(250);
        }
    }

    /** The server's process id. */
    public long pid() {
        return process.pid();
    }

    /** The shared server on the embedded H2 default. */
    public static PayaraServer h2() {
        return named("h2", Map.of());
    }

    /**
     * The shared server on an H2 file opened with {@code AUTO_SERVER}, so that tests reach the same database over JDBC
     * ({@link #jdbc()}) while the server runs: to store what no page stores any more, or to see that nothing saved
     * changed. Test classes that use it run one after another in the JVM, never at once.
     */
    public static PayaraServer h2WithJdbc() {
        Path data = Paths.get("target", "it-h2-jdbc", "data", "academy").toAbsolutePath();
        return named("h2-jdbc", Map.of("DB_URL", "jdbc:h2:file:" + data + ";MODE=LEGACY;AUTO_SERVER=TRUE"));
    }

    /** A connection to this server's own database, for a server given one it shares ({@link #h2WithJdbc()}). */
    public Connection jdbc() throws SQLException {
        String url = environment.get("DB_URL");
        if (url == null || !url.contains("AUTO_SERVER=TRUE")) {
            throw new IllegalStateException("the database of " + name + " is not open to other processes");
        }
        return DriverManager.getConnection(url, "academy", "academy");
    }

    /** A server of its own name and environment (for example {@code DB_URL} for MariaDB). */
    public static synchronized PayaraServer named(String name, Map<String, String> environment) {
        return named(name, environment, Sessions.STANDALONE);
    }

    /**
     * A standalone server of its own name and environment that keeps its sessions as told: a benchmark compares
     * {@link Sessions#FULL_STORE} or {@link Sessions#CLUSTER} with the launcher's {@link Sessions#STANDALONE}.
     */
    public static synchronized PayaraServer named(String name, Map<String, String> environment, Sessions sessions) {
        return RUNNING.computeIfAbsent(name, n -> {
            try {
                return new PayaraServer(n, environment, null, 0, sessions);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("Payara Micro did not start: " + e.getMessage(), e);
            }
        });
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    /**
     * CPU time the server process has used so far (user + system, from {@code /proc/<pid>/stat}): divided by the
     * requests of a run, the figure that stays comparable on a busy shared machine, unlike wall-clock times.
     */
    public Duration cpuTime() {
        try {
            String stat = Files.readString(Paths.get("/proc", String.valueOf(process.pid()), "stat"));
            // fields after the command name in parentheses, which may itself hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15 of proc(5))
            return Duration.ofMillis(ticks * 1000 / 100); // USER_HZ is 100 on Linux
        } catch (IOException e) {
            throw new IllegalStateException("no /proc stat for the server process: " + e.getMessage(), e);
        }
    }

    /** Everything the server printed so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        // HTTP/1.1 only: the default HTTP/2 client asks for an h2c upgrade, which the probe does not need.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        int loginStatus = 0;
        int healthStatus = 0;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; log: " + tail());
            }
            if (log().contains(" ready in ")) {
                loginStatus = status(http, "/login.xhtml");
                if (loginStatus == 404) {
                    // Ready line but no application: the deployment failed (Payara keeps serving 404).
                    destroyProcess();
                    throw new IllegalStateException("Application failed to deploy: " + tail());
                }
                healthStatus = status(http, "/health/ready");
                if (healthStatus == 200) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        // Say what the probes last saw and what the server threads were doing, so a hang can be diagnosed from CI
        // output.
        String threads = threadDump();
        destroyProcess();
        throw new IllegalStateException("Payara Micro not ready within 240 s (last /login.xhtml " + loginStatus
                + ", /health/ready " + healthStatus + "); threads:\n" + threads + "\nlog: " + tail());
    }

    private int status(HttpClient http, String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url(path)))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String threadDump() {
        try {
            Process jcmd = new ProcessBuilder(
                            Paths.get(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return dump.substring(0, Math.min(dump.length(), 20000));
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        }
    }

    private String tail() {
        String all = log();
        return all.substring(Math.max(0, all.length() - 6000));
    }

    private void stop() {
        destroyProcess();
        RUNNING.remove(name, this);
    }

    /**
     * Stops the server for good: for a server a test class started for itself, never for a shared one. Asking for the
     * name again starts a new server on a fresh working directory.
     */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the JVM is already exiting: the hook stops nothing more
        }
    }

    private void destroyProcess() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String requiredFile(String property, String fallback) {
        Path p = Paths.get(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing: server tests run after `package` (./mvnw verify)");
        }
        return p.toString();
    }

    private static String javaBin() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up): a port the kernel hands out for a moment as the local
     * end of some client connection (a database, a browser driver) would make Payara's listener fail to bind.
     */
    private static int freePort() throws IOException {
        Random random = new Random();
        for (int i = 0; i < 50; i++) {
            int candidate = 20000 + random.nextInt(12000);
            try (ServerSocket s = new ServerSocket(candidate)) {
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
