package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import academy.xinfang.testing.TestDatabases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * An answer the server confirmed as SAVED survives a crash: officers send answers from several threads, the server
 * process is killed with SIGKILL in the middle of the burst, and after a restart on the same data every answer is
 * the last one confirmed for its question, or one sent after it whose reply the kill cut off. The page script forgets
 * an answer once it is confirmed, so a confirmed answer that the database lost could never be sent again.
 */
class QuizCrashIT {
    private static final int OFFICERS = 6;
    private static final int QUESTIONS = 8;
    /** Enough confirmed answers that the kill falls well inside the burst, not at its start. */
    private static final int CONFIRMED_BEFORE_KILL = 240;

    @Test
    void everyConfirmedAnswerSurvivesAKillOnH2() throws Exception {
        try (PayaraServer server = PayaraServer.named("crash-h2", Map.of())) {
            crashTest(server, "H2");
        }
    }

    @Test
    void everyConfirmedAnswerSurvivesAKillOnMariaDb() throws Exception {
        // the server is closed before its database is dropped
        try (TestDatabases.EmptyDatabase db = TestDatabases.emptyMariaDb();
                PayaraServer server = PayaraServer.named(
                        "crash-mariadb",
                        Map.of("DB_URL", db.url(), "DB_USER", db.user(), "DB_PASSWORD", db.password()))) {
            crashTest(server, "MariaDB");
        }
    }

    /** One answer as sent: which officer, which question, the text, and whether the server confirmed it. */
    private record Sent(int officer, int position, String text, boolean saved) {}

    private void crashTest(PayaraServer server, String database) throws Exception {
        String key = QuizPages.uniqueKey();
        List<String> officers = new ArrayList<>();
        try (Fixtures fixtures = new Fixtures(server);
                Browser trainer = new Browser(server)) {
            for (int i = 0; i < OFFICERS; i++) {
                officers.add(fixtures.user("崩溃学员" + i, null, "OFFICER"));
            }
            trainer.login(fixtures.user("崩溃培训师", null, "TRAINER"), Fixtures.PASSWORD);
            HtmlPage uploaded = QuizPages.upload(trainer, key + ".gift", fillBank(), "GIFT");
            assertThat(uploaded.getElementById("problems"))
                    .as(uploaded.asNormalizedText())
                    .isNull();
        }

        List<Browser> browsers = new ArrayList<>();
        List<HtmlPage> attempts = new ArrayList<>();
        for (String officer : officers) {
            Browser b = new Browser(server);
            b.login(officer, Fixtures.PASSWORD);
            browsers.add(b);
            attempts.add(QuizPages.start(b, key));
        }

        // Each officer's thread rewrites its questions in turn with ever new texts until the server dies.
        ConcurrentLinkedQueue<Sent> log = new ConcurrentLinkedQueue<>();
        CountDownLatch confirmed = new CountDownLatch(CONFIRMED_BEFORE_KILL);
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(OFFICERS);
        for (int o = 0; o < OFFICERS; o++) {
            int officer = o;
            Thread t = new Thread(
                    () -> {
                        try {
                            for (int seq = 0; !killed.get(); seq++) {
                                int position = seq % QUESTIONS;
                                String text = "o" + officer + "s" + seq;
                                boolean saved;
                                try {
                                    saved = QuizPages.answer(
                                                    browsers.get(officer),
                                                    server,
                                                    attempts.get(officer),
                                                    position,
                                                    "F:" + text,
                                                    false)
                                            .getContentAsString()
                                            .contains("\"SAVED\"");
                                } catch (RuntimeException cutOff) {
                                    saved = false;
                                }
                                log.add(new Sent(officer, position, text, saved));
                                if (saved) {
                                    confirmed.countDown();
                                } else if (killed.get()) {
                                    return;
                                }
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "answers-" + o);
            t.setDaemon(true);
            t.start();
        }
        boolean enoughConfirmed = confirmed.await(3, TimeUnit.MINUTES);
        killed.set(true);
        assertThat(enoughConfirmed)
                .as("%d answers confirmed before the kill", CONFIRMED_BEFORE_KILL)
                .isTrue();
        server.killAndRestart();
        assertThat(done.await(60, TimeUnit.SECONDS)).as("answer threads ended").isTrue();
        browsers.forEach(Browser::close);

        int sent = log.size();
        int saved = (int) log.stream().filter(Sent::saved).count();
        int recovered = 0;
        List<String> lost = new ArrayList<>();
        for (int o = 0; o < OFFICERS; o++) {
            Map<Integer, String> stored;
            try (Browser after = new Browser(server)) {
                after.login(officers.get(o), Fixtures.PASSWORD);
                stored = fillTexts(QuizPages.start(after, key));
            }
            for (int position = 0; position < QUESTIONS; position++) {
                List<Sent> sends = sendsOf(log, o, position);
                int lastSaved = lastSavedIndex(sends);
                if (lastSaved < 0) {
                    continue;
                }
                // Acceptable: the last confirmed text, or a later one the kill left unconfirmed.
                List<String> acceptable = sends.subList(lastSaved, sends.size()).stream()
                        .map(Sent::text)
                        .toList();
                String found = stored.get(position);
                if (acceptable.contains(found)) {
                    recovered++;
                } else {
                    lost.add("officer " + o + " question " + position + ": confirmed "
                            + sends.get(lastSaved).text() + ", found " + found);
                }
            }
        }
        System.out.printf(
                "QuizCrashIT %s: %d answers sent, %d confirmed SAVED before the kill, %d questions with a "
                        + "confirmed answer checked after the restart, %d recovered, %d lost%n",
                database, sent, saved, recovered + lost.size(), recovered, lost.size());
        assertThat(lost).as("confirmed answers lost by the kill on " + database).isEmpty();
    }

    private static List<Sent> sendsOf(ConcurrentLinkedQueue<Sent> log, int officer, int position) {
        // The queue keeps each thread's sends in the order they were made.
        return log.stream()
                .filter(s -> s.officer() == officer && s.position() == position)
                .toList();
    }

    private static int lastSavedIndex(List<Sent> sends) {
        for (int i = sends.size() - 1; i >= 0; i--) {
            if (sends.get(i).saved()) {
                return i;
            }
        }
        return -1;
    }

    /** The fill-in texts the resumed attempt page shows, by question position (questions are not shuffled). */
    private static Map<Integer, String> fillTexts(HtmlPage attempt) {
        Map<Integer, String> texts = new HashMap<>();
        for (int position = 0; position < QUESTIONS; position++) {
            HtmlInput input = (HtmlInput) attempt.querySelector("#q" + position + " input.fill");
            texts.put(position, input == null ? null : input.getValueAttribute());
        }
        return texts;
    }

    private static String fillBank() {
        return """
                // @quiz: title=崩溃测试; pass=50
                // @quiz: shuffle=no; feedback=deferred
                $CATEGORY: $course$/it-crash

                """
                + IntStream.range(0, QUESTIONS)
                        .mapToObj(
                                i -> "// @tags: POLICY_AND_LAW @section: petition-basics#handling-review @type: fill\n"
                                        + "::crash-" + i + "::[markdown]第" + i + "题：应当自受理之日起{=60日 =六十日}内办结。\n")
                        .collect(Collectors.joining("\n"));
    }
}
