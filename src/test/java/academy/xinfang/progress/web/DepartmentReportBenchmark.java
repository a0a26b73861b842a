package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.TestDatabases;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not part of the suite (no *Test/*IT name): the department reports over a generated county of N officers
 * (default 10,000) on MariaDB, each with a submitted quiz attempt (21 answers to tagged questions of the six-taboos
 * bank), a finished role-play session (seven quality scores, five turns with taboos) and module progress. Prints the
 * median and p90 server time of each report page and the server process's CPU per request (the figure that survives
 * a busy machine). Run with {@code src/test/sh/report-benchmark.sh [officers] [requests]}; needs MariaDB as for the
 * test suite.
 */
class DepartmentReportBenchmark {
    private static final String[] TABOOS = {
        "", "", "", "BUCK_PASSING", "CARELESS_PROMISE", "HARSH_ATTITUDE", "BUCK_PASSING,IMPATIENCE", "COLD_RECEPTION"
    };
    private static final String[] QUALITIES = {
        "POLITICAL_INTEGRITY",
        "PROFESSIONAL_ETHICS",
        "POLICY_AND_LAW",
        "PROFESSIONAL_COMPETENCE",
        "PSYCHOLOGICAL_RESILIENCE",
        "PRAGMATIC_STYLE",
        "INNOVATION"
    };

    @Test
    void reportsOverAGeneratedCounty() throws Exception {
        int officers = Integer.getInteger("academy.bench.officers", 10_000);
        int requests = Integer.getInteger("academy.bench.requests", 20);
        try (TestDatabases.EmptyDatabase db = TestDatabases.emptyMariaDb()) {
            PayaraServer server = PayaraServer.named(
                    "report-bench",
                    Map.of(
                            "DB_URL",
                            db.url().replace("jdbc:mysql:", "jdbc:mariadb:"),
                            "DB_USER",
                            db.user(),
                            "DB_PASSWORD",
                            db.password()));
            long county;
            long started = System.nanoTime();
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                county = generate(c, officers);
                c.commit();
            }
            System.out.printf(
                    "%ngenerated %d officers with their records in %.1f s%n",
                    officers, (System.nanoTime() - started) / 1e9);

            try (Browser admin = new Browser(server)) {
                admin.login("admin", PayaraServer.ADMIN_PASSWORD);
                String cookies = admin.client().getCookies(new URL(server.url("/"))).stream()
                        .map(k -> k.getName() + "=" + k.getValue())
                        .collect(Collectors.joining("; "));
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                for (String page : List.of(
                        "/admin/insights.xhtml?dept=" + county, "/admin/insights-export?format=xlsx&dept=" + county)) {
                    List<Long> nanos = new ArrayList<>();
                    long cpu = 0;
                    for (int i = 0; i <= requests; i++) {
                        long cpuBefore = server.cpuTime().toNanos();
                        long t = System.nanoTime();
                        HttpResponse<byte[]> resp = http.send(
                                HttpRequest.newBuilder(URI.create(server.url(page)))
                                        .header("Cookie", cookies)
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        assertThat(resp.statusCode()).as(page).isEqualTo(200);
                        if (i > 0) { // the first request warms the server up
                            nanos.add(System.nanoTime() - t);
                            cpu += server.cpuTime().toNanos() - cpuBefore;
                        }
                    }
                    Collections.sort(nanos);
                    System.out.printf(
                            "%s: median %.1f ms, p90 %.1f ms, server CPU %.1f ms per request over %d requests%n",
                            page,
                            nanos.get(nanos.size() / 2) / 1e6,
                            nanos.get((int) (nanos.size() * 0.9)) / 1e6,
                            cpu / 1e6 / requests,
                            requests);
                }
                System.out.println();
            }
        }
    }

    /** One county, 20 townships with 4 offices each; officers spread over them. Returns the county's id. */
    private static long generate(Connection c, int officers) throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-20T02:00:00Z"));
        // real questions of the bank the server imports, so that their tags reach the report
        List<String> questions = new ArrayList<>();
        Matcher names = Pattern.compile("^::([^:]+)::", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("quizzes/09-six-taboos.gift")));
        while (names.find() && questions.size() < 21) {
            questions.add(names.group(1));
        }
        assertThat(questions).hasSize(21);
        Random random = new Random(7);
        List<Long> departments = new ArrayList<>();
        long county;
        try (PreparedStatement d = c.prepareStatement(
                "INSERT INTO department (code, name, kind, parent_id, version) VALUES (?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            county = insert(d, "BENCH", "基准县", "COUNTY", null);
            for (int t = 0; t < 20; t++) {
                long town = insert(d, "BT" + t, "基准" + t + "镇", "TOWNSHIP", county);
                departments.add(town);
                for (int o = 0; o < 4; o++) {
                    departments.add(insert(d, "BT" + t + "O" + o, "基准" + t + "镇" + o + "所", "DEPARTMENT", town));
                }
            }
        }
        long scenarioVersion;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(id) FROM scenario_version")) {
            rs.next();
            scenarioVersion = rs.getLong(1);
        }
        try (PreparedStatement user = c.prepareStatement(
                        "INSERT INTO app_user (username, display_name, password_hash,"
                                + " department_id, enabled, created_at, version) VALUES (?, ?, 'x', ?, TRUE, ?, 0)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement role =
                        c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'OFFICER')");
                PreparedStatement attempt = c.prepareStatement(
                        "INSERT INTO quiz_attempt (quiz_key, user_id, attempt_no,"
                                + " seed, questions, question_count, pass_percent, started_at, last_activity_at, submitted_at,"
                                + " auto_submitted, score_percent, passed) VALUES ('six-taboos', ?, 1, 1, '', 21, 60, ?, ?, ?,"
                                + " FALSE, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement answer = c.prepareStatement(
                        "INSERT INTO attempt_answer (attempt_id, position,"
                                + " question_key, response, score, checked, answered_at) VALUES (?, ?, ?, 'S:0', ?, FALSE, ?)");
                PreparedStatement session = c.prepareStatement(
                        "INSERT INTO roleplay_session (user_id,"
                                + " scenario_version_id, started_at, finished_at, ending_key, outcome, points, grade, version)"
                                + " VALUES (?, ?, ?, ?, 'settled', 'SETTLED', ?, 'B', 0)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement quality = c.prepareStatement(
                        "INSERT INTO roleplay_session_quality (session_id," + " quality, score) VALUES (?, ?, ?)");
                PreparedStatement turn = c.prepareStatement("INSERT INTO roleplay_turn (session_id, turn_no, node_key,"
                        + " choice_index, words, quality_deltas, taboos, agitation_delta, trust_delta, agitation_after,"
                        + " trust_after, moved_to, by_transition, seconds_taken, taken_at) VALUES (?, ?, 'n', 0, '',"
                        + " '', ?, 0, 0, 50, 50, 'n', FALSE, 10, ?)")) {
            for (int i = 0; i < officers; i++) {
                user.setString(1, "bench" + i);
                user.setString(2, "基准学员" + i);
                user.setLong(3, departments.get(i % departments.size()));
                user.setTimestamp(4, now);
                long userId = insert(user);
                role.setLong(1, userId);
                role.addBatch();
                int right = random.nextInt(22);
                attempt.setLong(1, userId);
                attempt.setTimestamp(2, now);
                attempt.setTimestamp(3, now);
                attempt.setTimestamp(4, now);
                attempt.setDouble(5, 100.0 * right / 21);
                attempt.setBoolean(6, right >= 13);
                long attemptId = insert(attempt);
                for (int q = 0; q < 21; q++) {
                    answer.setLong(1, attemptId);
                    answer.setInt(2, q);
                    answer.setString(3, "six-taboos/" + questions.get(q));
                    answer.setDouble(4, q < right ? 1 : 0);
                    answer.setTimestamp(5, now);
                    answer.addBatch();
                }
                session.setLong(1, userId);
                session.setLong(2, scenarioVersion);
                session.setTimestamp(3, now);
                session.setTimestamp(4, now);
                session.setInt(5, 40 + random.nextInt(60));
                long sessionId = insert(session);
                for (String name : QUALITIES) {
                    quality.setLong(1, sessionId);
                    quality.setString(2, name);
                    quality.setInt(3, 30 + random.nextInt(70));
                    quality.addBatch();
                }
                for (int t = 1; t <= 5; t++) {
                    turn.setLong(1, sessionId);
                    turn.setInt(2, t);
                    turn.setString(3, TABOOS[random.nextInt(TABOOS.length)]);
                    turn.setTimestamp(4, now);
                    turn.addBatch();
                }
                if (i % 500 == 499) {
                    role.executeBatch();
                    answer.executeBatch();
                    quality.executeBatch();
                    turn.executeBatch();
                }
            }
            role.executeBatch();
            answer.executeBatch();
            quality.executeBatch();
            turn.executeBatch();
        }
        return county;
    }

    private static long insert(PreparedStatement s, String code, String name, String kind, Long parent)
            throws Exception {
        s.setString(1, code);
        s.setString(2, name);
        s.setString(3, kind);
        if (parent == null) {
            s.setNull(4, Types.BIGINT);
        } else {
            s.setLong(4, parent);
        }
        return insert(s);
    }

    private static long insert(PreparedStatement s) throws Exception {
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
