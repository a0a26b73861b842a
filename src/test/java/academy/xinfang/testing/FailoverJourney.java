package academy.xinfang.testing;

import academy.xinfang.quiz.web.QuizPages;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer's session moved to another node mid-quiz and mid-role-play, as a load balancer moves it when the node
 * that served it is lost. The officer signs in, starts a quiz attempt and answers half of it through the answer
 * servlet as the page script does, plays two role-play sessions up to their free-text node (typing a reply in the
 * first), then {@link Switchover} happens; without signing in again the officer answers the rest, replies in both
 * role-plays from the pages drawn before the switch (a typed reply in the second) and submits the attempt with the
 * button of the page drawn before the switch. Then the database must hold every answer and turn the server confirmed.
 * Used by the loopback cluster test and, through {@link ClusterFailoverDriver}, by the container test.
 */
public final class FailoverJourney {
    /** A shipped scenario whose second node takes a typed reply, whichever reply the first got. */
    static final String SCENARIO = "first-time-land";

    /** One answer per question of {@link QuizPages#bank}, by position, in the page script's format. */
    private static final List<String> RESPONSES = List.of("S:0", "F:60日", "T:1", "P:0,1,2");

    private static final List<String> TYPED = List.of("您慢慢说，我把地块位置和面积都记下来", "协议和存折我帮您逐项核对，明细表可以去村里复印");

    private static final Pattern DATA_ATTEMPT = Pattern.compile("data-attempt=\"(\\d+)\"");
    private static final Pattern DATA_TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");
    private static final Pattern DATA_CHOICE = Pattern.compile("data-choice=\"(\\d+)\"");

    /** What moves the session: stop the node that served it, and point the client elsewhere if nothing else does. */
    @FunctionalInterface
    public interface Switchover {
        void run() throws Exception;
    }

    /** A connection to the database both nodes share. */
    @FunctionalInterface
    public interface Database {
        Connection open() throws SQLException;
    }

    /** The officer and quiz the journey uses. */
    public record Setup(String officer, String password, String quizKey) {}

    /**
     * The figures of one run, and every request after the switch with its reply (for a failure message). Requests
     * that failed during the switch were sent again, as the page script sends an answer again.
     */
    public record Figures(
            int failedDuringSwitch,
            int answersConfirmed,
            int answersFound,
            int questions,
            boolean submitted,
            int turnsConfirmed,
            int turnsFound,
            int turnsPlayed,
            long firstAfterSwitchMillis,
            List<String> requests) {
        public boolean passed() {
            return answersConfirmed == questions
                    && answersFound == answersConfirmed
                    && submitted
                    && turnsConfirmed == turnsPlayed
                    && turnsFound == turnsConfirmed;
        }

        /** The figures in one line, as the container test prints them last. */
        public String summary() {
            return String.format(
                    "failover: quiz %d/%d confirmed answers in the database%s, role-play %d/%d turns, %d failed"
                            + " requests during the switch, first answer after the switch %d ms",
                    answersFound,
                    answersConfirmed,
                    submitted ? "" : " (attempt NOT submitted)",
                    turnsFound,
                    turnsConfirmed,
                    failedDuringSwitch,
                    firstAfterSwitchMillis);
        }
    }

    private final RawClient client;
    private final Database database;
    private final List<String> requests = new ArrayList<>();
    private int failed;

    private FailoverJourney(RawClient client, Database database) {
        this.client = client;
        this.database = database;
    }

    /**
     * Makes the officer (through the admin pages) and a trainer who uploads a four-question bank, through the server
     * at this base URL.
     */
    public static Setup prepare(String baseUrl, String adminPassword) {
        String key = QuizPages.uniqueKey();
        try (Fixtures fixtures = new Fixtures(baseUrl, adminPassword);
                Browser trainer = new Browser(baseUrl)) {
            String officer = fixtures.user("切换学员", null, "OFFICER");
            trainer.login(fixtures.user("切换培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
            return new Setup(officer, Fixtures.PASSWORD, key);
        }
    }

    /** Runs the journey on this client (not yet signed in) and returns its figures. */
    public static Figures run(RawClient client, Setup setup, Switchover switchover, Database database)
            throws Exception {
        return new FailoverJourney(client, database).run(setup, switchover);
    }

    private Figures run(Setup setup, Switchover switchover) throws Exception {
        client.login(setup.officer(), setup.password());

        RawClient.Response quiz = client.get("/learn/quiz.xhtml?key=" + setup.quizKey());
        RawClient.Response started = postback(quiz, "startForm", Map.of("startForm:start", "x"));
        RawClient.Response attempt = client.get(RawClient.path(started.header("Location")));
        long attemptId = Long.parseLong(find(DATA_ATTEMPT, attempt.body(), "attempt id"));
        String token = find(DATA_TOKEN, attempt.body(), "answer token");
        Map<Integer, String> confirmed = new LinkedHashMap<>();
        int half = RESPONSES.size() / 2;
        for (int position = 0; position < half; position++) {
            answer(attemptId, token, position, confirmed);
        }

        // role-play 1: a choice, then a typed reply; role-play 2: a choice, its free-text node drawn
        List<Long> sessions = new ArrayList<>();
        int turnsConfirmed = 0;
        sessions.add(Long.valueOf(RolePlays.start(client, SCENARIO)));
        RawClient.Response first = client.get("/learn/roleplay.xhtml?session=" + sessions.get(0));
        first = choose(sessions.get(0), first, 0);
        turnsConfirmed += officerLines(first) == 1 ? 1 : 0;
        first = type(sessions.get(0), first, 1, TYPED.get(0));
        turnsConfirmed += officerLines(first) == 2 && first.body().contains(TYPED.get(0)) ? 1 : 0;
        sessions.add(Long.valueOf(RolePlays.start(client, SCENARIO)));
        RawClient.Response second = client.get("/learn/roleplay.xhtml?session=" + sessions.get(1));
        second = choose(sessions.get(1), second, 0);
        turnsConfirmed += officerLines(second) == 1 ? 1 : 0;

        switchover.run();
        int failedBefore = failed;
        requests.add("--- switch ---");

        long switched = System.nanoTime();
        answer(attemptId, token, half, confirmed);
        long firstAfterSwitch = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - switched);
        for (int position = half + 1; position < RESPONSES.size(); position++) {
            answer(attemptId, token, position, confirmed);
        }
        // the view that showed the scorer's findings of the typed reply, then the free-text node of the other
        first = choose(sessions.get(0), first, 2);
        turnsConfirmed += officerLines(first) == 3 ? 1 : 0;
        second = type(sessions.get(1), second, 1, TYPED.get(1));
        turnsConfirmed += officerLines(second) == 2 && second.body().contains(TYPED.get(1)) ? 1 : 0;

        RawClient.Response submit = postback(attempt, "submitForm", Map.of("submitForm:submit", "x"));
        requests.add("submit -> " + submit.status() + " " + submit.header("Location"));

        Stored stored = stored(attemptId, confirmed, sessions);
        return new Figures(
                failed - failedBefore,
                confirmed.size(),
                stored.answers(),
                RESPONSES.size(),
                stored.submitted(),
                turnsConfirmed,
                stored.turns(),
                5,
                firstAfterSwitch,
                List.copyOf(requests));
    }

    /** Sends one answer as the page script does, again while it fails as the script would; records a saved one. */
    private void answer(long attemptId, String token, int position, Map<Integer, String> confirmed) {
        String response = RESPONSES.get(position);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("attempt", String.valueOf(attemptId));
        fields.put("position", String.valueOf(position));
        fields.put("response", response);
        fields.put("check", "0");
        fields.put("token", token);
        RawClient.Response reply =
                retried("answer " + position, () -> client.postForm("/learn/quiz/answer", fields, Map.of()), true);
        if (reply != null && reply.status() == 200 && reply.body().contains("\"status\":\"SAVED\"")) {
            confirmed.put(position, response);
        }
    }

    /** Clicks the reply shown at this place (0-based) on the page, as the page's button posts it. */
    private RawClient.Response choose(long session, RawClient.Response page, int turn) {
        Matcher choice = DATA_CHOICE.matcher(page.body());
        if (!choice.find()) {
            throw new IllegalStateException("no reply to choose in role-play " + session + " at turn " + turn);
        }
        String id = choice.group(1);
        return rendered(postback(
                page,
                "reply",
                Map.of("turn", String.valueOf(turn), "reply:send", id, "session", String.valueOf(session))));
    }

    private RawClient.Response type(long session, RawClient.Response page, int turn, String words) {
        return rendered(postback(
                page,
                "typed",
                Map.of(
                        "turn",
                        String.valueOf(turn),
                        "typed:text",
                        words,
                        "typed:send",
                        "x",
                        "session",
                        String.valueOf(session))));
    }

    /** The page a postback answered: itself, or the page it redirected to. */
    private RawClient.Response rendered(RawClient.Response response) {
        return response.status() == 302 ? client.get(RawClient.path(response.header("Location"))) : response;
    }

    /** Posts the form of this id from the page, as its button does, again while it fails as a lost node makes it. */
    private RawClient.Response postback(RawClient.Response page, String form, Map<String, String> extra) {
        return retried(form, () -> client.postback(page, form, extra), false);
    }

    /**
     * Sends a request, and again while it fails the way a lost node makes it fail (no connection, a gateway error,
     * and for an answer Payara's spurious 403 the page script also sends again), for at most a minute. Counts each
     * failure.
     */
    private RawClient.Response retried(String what, Supplier<RawClient.Response> request, boolean answer) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        RawClient.Response reply = null;
        while (true) {
            String outcome;
            try {
                reply = request.get();
                outcome = reply.status() + " "
                        + reply.body()
                                .substring(0, Math.min(160, reply.body().length()))
                                .replaceAll("\\s+", " ");
            } catch (UncheckedIOException e) {
                reply = null;
                outcome = "no reply: " + e.getCause();
            }
            requests.add(what + " -> " + outcome);
            boolean lost = reply == null
                    || reply.status() == 502
                    || reply.status() == 503
                    || reply.status() == 504
                    || (answer && reply.status() == 403 && !reply.body().startsWith("{"));
            boolean ok =
                    reply != null && (answer ? reply.body().contains("\"status\":\"SAVED\"") : reply.status() < 400);
            if (!ok) {
                failed++;
            }
            if (!lost || System.nanoTime() > deadline) {
                return reply;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int officerLines(RawClient.Response page) {
        return RawClient.element(page.body(), "transcript").split("says officer", -1).length - 1;
    }

    private record Stored(int answers, boolean submitted, int turns) {}

    /** What the database holds: confirmed answers stored with their text, the submission, the turns logged. */
    private Stored stored(long attemptId, Map<Integer, String> confirmed, List<Long> sessions) throws SQLException {
        try (Connection c = database.open()) {
            int answers = 0;
            try (PreparedStatement s =
                    c.prepareStatement("SELECT position, response FROM attempt_answer WHERE attempt_id = ?")) {
                s.setLong(1, attemptId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (r.getString(2).equals(confirmed.get(r.getInt(1)))) {
                            answers++;
                        }
                    }
                }
            }
            boolean submitted;
            try (PreparedStatement s = c.prepareStatement("SELECT submitted_at FROM quiz_attempt WHERE id = ?")) {
                s.setLong(1, attemptId);
                try (ResultSet r = s.executeQuery()) {
                    submitted = r.next() && r.getTimestamp(1) != null;
                }
            }
            int turns = 0;
            List<String> typed = new ArrayList<>(TYPED);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT words FROM roleplay_turn WHERE session_id IN (?, ?) ORDER BY session_id, turn_no")) {
                s.setLong(1, sessions.get(0));
                s.setLong(2, sessions.get(1));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        turns++;
                        typed.remove(r.getString(1));
                    }
                }
            }
            // a typed reply logged with other words than the officer's counts as lost
            return new Stored(answers, submitted, turns - typed.size());
        }
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in: " + RawClient.text(text));
        }
        return m.group(1);
    }
}
