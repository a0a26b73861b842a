package academy.xinfang.quiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.quiz.application.BankImporter;
import academy.xinfang.quiz.domain.AttemptAnswer;
import academy.xinfang.quiz.domain.QuizAttempt;
import academy.xinfang.quiz.domain.QuizSettings;
import academy.xinfang.quiz.domain.QuizSettingsParser;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bank versions, attempts and the conditional close on the real schema, on H2 and on MariaDB. */
class QuizRepositoryTest {
    private static final Instant NOW = TestClock.NOW;
    private static final Clock CLOCK = TestClock.FIXED;
    private static final String BANK = """
            // @quiz: title=六忌小测; pass=50
            $CATEGORY: $course$/six-taboos

            // @tags: COLD_RECEPTION @section: six-taboos#cold-reception @type: truefalse
            ::tb-1::[markdown]接待时头也不抬是接待冷淡。{T#不对#对####解析}
            """;

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void importIsIdempotentAndABrokenBankNeverReplacesTheGoodOne(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            BankImporter.Outcome first = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", BANK, null, NOW)
                    .outcome());
            BankImporter.Outcome again = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", BANK, null, NOW)
                    .outcome());
            BankImporter.Result broken = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", BANK + "\n::tb-2::坏题{=甲 ~乙\n", "trainer", NOW));
            BankImporter.Outcome changed = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", BANK.replace("小测", "测验"), "trainer", NOW)
                    .outcome());

            assertThat(first).isEqualTo(BankImporter.Outcome.ADDED);
            assertThat(again).isEqualTo(BankImporter.Outcome.UNCHANGED);
            assertThat(broken.outcome()).isEqualTo(BankImporter.Outcome.REFUSED);
            assertThat(broken.problems())
                    .extracting(p -> p.file() + ":" + p.line() + " " + p.key())
                    .containsExactly("09-six-taboos.gift:7 quiz.unclosedBrace");
            assertThat(changed).isEqualTo(BankImporter.Outcome.UPDATED);
            List<Integer> versions = db.apply(em -> new QuizRepository(em)
                    .versions("six-taboos").stream().map(v -> v.getVersionNo()).toList());
            assertThat(versions).containsExactly(2, 1);
            String current = db.apply(em -> new QuizRepository(em)
                    .findBank("six-taboos")
                    .orElseThrow()
                    .getCurrentVersion()
                    .getGift());
            assertThat(current).contains("六忌测验");
        }
    }

    /** Moodle drops the {@code // @quiz:} lines: the bank coming back keeps the settings of the one it replaces. */
    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aBankWithoutSettingsLinesKeepsThoseOfTheVersionItReplaces(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            String fromMoodle = """
                    // question: 0  name: Switch category to $course$/top/six-taboos
                    $CATEGORY: $course$/top/six-taboos


                    // question: 12  name: tb-1
                    // [id:tb-1] [tag:cold_reception] [tag:module:six-taboos] [tag:section:cold-reception] \
                    [tag:type:truefalse]
                    ::tb-1::[markdown]接待时头也不抬是接待冷淡。{TRUE#不对#对####解析}
                    """;
            db.inTransaction(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", BANK, null, NOW));
            BankImporter.Result back = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", fromMoodle, "trainer", NOW));
            BankImporter.Result again = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", fromMoodle, "trainer", NOW));
            BankImporter.Result broken = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", fromMoodle + "\n::tb-2::坏题{=甲 ~乙\n", "t", NOW));

            assertThat(back.outcome()).isEqualTo(BankImporter.Outcome.UPDATED);
            assertThat(back.settingsKept()).isTrue();
            assertThat(again.outcome()).isEqualTo(BankImporter.Outcome.UNCHANGED);
            assertThat(broken.problems())
                    .as("lines of the trainer's file, not of the text with the settings put on top")
                    .extracting(p -> p.line() + " " + p.key())
                    .containsExactly("9 quiz.unclosedBrace");
            String current = db.apply(em -> new QuizRepository(em)
                    .findBank("six-taboos")
                    .orElseThrow()
                    .getCurrentVersion()
                    .getGift());
            assertThat(current).isEqualTo("// @quiz: title=六忌小测; pass=50\n" + fromMoodle);
            QuizSettings settings =
                    QuizSettingsParser.parse("x", current, "six-taboos", null).settings();
            assertThat(settings.title()).isEqualTo("六忌小测");
            assertThat(settings.passPercent()).isEqualTo(50);

            BankImporter.Result withOwn = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", "// @quiz: pass=80\n" + fromMoodle, "t", NOW));
            assertThat(withOwn.settingsKept()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aBankWithATextThatCannotBeRenderedIsRefusedAtItsFileLineAndNothingIsStored(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            // passes the source scan; rendering it finds emphasis nested 40 deep in the explanation's second line
            String deep = BANK + "\n::tb-2::[markdown]第二题。{T####解析第一行\n" + "(u)___".repeat(40) + "x" + "__".repeat(40)
                    + "}\n";

            BankImporter.Result refused = db.apply(em -> new BankImporter(new QuizRepository(em), CLOCK)
                    .importText("09-six-taboos.gift", "six-taboos", deep, "trainer", NOW));

            assertThat(refused.outcome()).isEqualTo(BankImporter.Outcome.REFUSED);
            assertThat(refused.problems())
                    .extracting(p -> p.file() + ":" + p.line() + " " + p.key())
                    .containsExactly("09-six-taboos.gift:8 markdown.inlineTooDeep");
            boolean stored =
                    db.apply(em -> new QuizRepository(em).findBank("six-taboos").isPresent());
            assertThat(stored).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void anAttemptClosesOnceAndKeepsItsAnswers(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long userId = db.apply(em -> {
                User u = new User("wang", "王五", "hash", List.of(Role.OFFICER), NOW);
                em.persist(u);
                em.flush();
                return u.getId();
            });
            long attemptId = db.apply(em -> new QuizRepository(em)
                    .add(new QuizAttempt(
                            "six-taboos", userId, 1, 42L, List.of("1 tb-1", "1 tb-2"), 60, NOW, NOW.plusSeconds(600)))
                    .getId());
            db.inTransaction(em -> {
                AttemptAnswer a = new AttemptAnswer(attemptId, 0, "six-taboos/tb-1");
                a.record("T:1", 1.0, false, NOW);
                new QuizRepository(em).add(a);
            });
            db.inTransaction(em -> new QuizRepository(em)
                    .answer(attemptId, 0)
                    .orElseThrow()
                    .record("T:0", 0.0, false, NOW.plusSeconds(5)));

            int touched = db.apply(em -> new QuizRepository(em).touchOpen(attemptId, NOW.plusSeconds(6)));
            int firstClose = db.apply(em -> new QuizRepository(em).close(attemptId, NOW.plusSeconds(7), false));
            int secondClose = db.apply(em -> new QuizRepository(em).close(attemptId, NOW.plusSeconds(8), true));
            int touchedAfter = db.apply(em -> new QuizRepository(em).touchOpen(attemptId, NOW.plusSeconds(9)));

            assertThat(List.of(touched, firstClose, secondClose, touchedAfter)).containsExactly(1, 1, 0, 0);
            QuizAttempt closed =
                    db.apply(em -> new QuizRepository(em).attempt(attemptId).orElseThrow());
            assertThat(closed.getSubmittedAt()).isEqualTo(NOW.plusSeconds(7));
            assertThat(closed.isAutoSubmitted()).isFalse();
            assertThat(closed.questionRefs()).containsExactly("1 tb-1", "1 tb-2");
            List<String> responses = db.apply(em -> new QuizRepository(em)
                    .answers(attemptId).stream().map(AttemptAnswer::getResponse).toList());
            assertThat(responses).containsExactly("T:0");
            boolean open = db.apply(em ->
                    new QuizRepository(em).openAttempt(userId, "six-taboos").isPresent());
            assertThat(open).isFalse();
            List<Long> counts = db.apply(em -> new QuizRepository(em)
                    .summaries(userId).stream()
                            .map(QuizRepository.UserQuizSummary::attempts)
                            .toList());
            assertThat(counts).containsExactly(1L);
        }
    }
}
