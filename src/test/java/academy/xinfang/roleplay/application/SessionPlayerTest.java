package academy.xinfang.roleplay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.ChoiceOrder;
import academy.xinfang.roleplay.domain.Outcome;
import academy.xinfang.roleplay.domain.PlaySession;
import academy.xinfang.roleplay.domain.PlayTurn;
import academy.xinfang.roleplay.domain.ScenarioLoader;
import academy.xinfang.roleplay.domain.TabooHit;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Play sessions on a real database (H2 and MariaDB): the turn log, the score, ownership, and the trainers' figures. */
class SessionPlayerTest {

    /** Every reply moves every quality; the second also breaks a (not serious) taboo, the third does nothing. */
    private static final String STRONG = """
            id: strong
            title: 强者也犯的错
            persona: {visitorType: PROBING, name: 甲, background: 乙, wants: 丙}
            initial: {agitation: 30, trust: 50}
            nodes:
              - id: ask
                stage: RECEIVING
                visitor: 你们领导在不在？
                choices:
                  - text: 好的答复
                    effects: {qualities: {POLITICAL_INTEGRITY: 40, PROFESSIONAL_ETHICS: 40, POLICY_AND_LAW: 40, PROFESSIONAL_COMPETENCE: 40, PSYCHOLOGICAL_RESILIENCE: 40, PRAGMATIC_STYLE: 40, INNOVATION: 40}}
                    next: done
                  - text: 急躁的答复
                    effects: {qualities: {POLITICAL_INTEGRITY: 40, PROFESSIONAL_ETHICS: 40, POLICY_AND_LAW: 40, PROFESSIONAL_COMPETENCE: 40, PSYCHOLOGICAL_RESILIENCE: 40, PRAGMATIC_STYLE: 40, INNOVATION: 40}, taboos: [IMPATIENCE]}
                    next: done
                    better: 耐心些
                    section: six-taboos#impatience
                  - text: 平淡的答复
                    next: done
            endings:
              - {id: done, outcome: SETTLED, debrief: 好}
            """;

    private static void importScenarios(TestDatabase db, String name, String text) {
        db.inTransaction(em -> new ScenarioImporter(new RolePlayRepository(em), PlayFixtures.clock())
                .importAll(List.of(new SourceFolder.SourceFile(name, text)), List.of()));
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aPlayIsLoggedTurnByTurnAndScoredWithEveryTabooAtItsTurn(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "fixture.yaml", PlayFixtures.text("valid.yaml"));
            long officer = PlayFixtures.user(db, "officer1");
            PlayFixtures.MovingClock clock = new PlayFixtures.MovingClock();
            PlayFixtures.Player player = PlayFixtures.player(db, clock);

            long id = player.start(officer, "fixture");
            PlayView start = player.view(officer, id);
            assertThat(start.visitorLine()).isEqualTo("你好");
            assertThat(start.choices())
                    .containsExactlyInAnyOrder(new PlayView.Option(0, "热情接待"), new PlayView.Option(1, "冷淡"));
            assertThat(start.agitation()).isEqualTo(50);

            clock.advance(30);
            assertThat(player.choose(officer, id, 0, 1))
                    .isFalse(); // cold: agitation 90, the transition sends it to angry
            clock.advance(12);
            assertThat(player.choose(officer, id, 1, 0)).isFalse(); // calm him: back to b
            PlayView middle = player.view(officer, id);
            assertThat(middle.visitorLine()).isEqualTo("然后呢");
            assertThat(middle.agitation()).isEqualTo(60);
            assertThat(middle.agitationChange()).as("calming him took 30 off").isEqualTo(-30);
            assertThat(middle.trustChange()).isZero();
            assertThat(start.agitationChange()).isZero();
            assertThat(middle.transcript()).extracting(PlayView.Line::text).containsExactly("你好", "冷淡", "我要去省里", "劝");
            clock.advance(5);
            assertThat(player.choose(officer, id, 2, 1)).isTrue(); // careless promise: ends at done

            PlaySession stored = db.apply(em -> {
                PlaySession s = new RolePlayRepository(em).session(id).orElseThrow();
                s.getTurns().size();
                s.getQualities().size();
                return s;
            });
            assertThat(stored.isFinished()).isTrue();
            assertThat(stored.getEndingKey()).isEqualTo("done");
            assertThat(stored.getOutcome()).isEqualTo(Outcome.SETTLED);
            // only the two qualities the fixture's replies move, each at the lowest sum its runs reach
            assertThat(stored.getQualities())
                    .containsEntry(Tag.PROFESSIONAL_ETHICS, 0)
                    .containsEntry(Tag.POLICY_AND_LAW, 0)
                    .hasSize(2);
            assertThat(stored.getTurns())
                    .extracting(
                            PlayTurn::getNumber,
                            PlayTurn::getNodeKey,
                            PlayTurn::getChoiceIndex,
                            PlayTurn::getSecondsTaken,
                            PlayTurn::getMovedTo)
                    .containsExactly(
                            Tuple.tuple(1, "a", 1, 30, "angry"),
                            Tuple.tuple(2, "angry", 0, 12, "b"),
                            Tuple.tuple(3, "b", 1, 5, "done"));
            PlayTurn first = stored.getTurns().get(0);
            assertThat(first.isByTransition()).isTrue();
            assertThat(first.getTaboos()).containsExactly(Tag.COLD_RECEPTION);
            assertThat(first.getQualityDeltas()).containsEntry(Tag.PROFESSIONAL_ETHICS, -10);
            assertThat(first.getStateAfter().agitation()).isEqualTo(90);

            ScoreCard card = player.scoreCard(officer, id);
            assertThat(card.points()).isEqualTo(stored.getPoints());
            assertThat(card.grade()).isEqualTo(stored.getGrade());
            assertThat(card.caps()).contains("seriousTaboo");
            assertThat(card.qualities())
                    .as("only the qualities the fixture's replies move")
                    .extracting(ScoreCard.QualityScore::quality)
                    .containsExactly(Tag.PROFESSIONAL_ETHICS, Tag.POLICY_AND_LAW);
            assertThat(card.seconds()).isEqualTo(47);
            assertThat(card.tabooHits())
                    .extracting(TabooHit::turn, TabooHit::taboo, TabooHit::words, TabooHit::section)
                    .containsExactly(
                            Tuple.tuple(1, Tag.COLD_RECEPTION, "冷淡", "six-taboos#cold-reception"),
                            Tuple.tuple(3, Tag.CARELESS_PROMISE, "乱许诺", "six-taboos#careless-promise"));
            assertThat(card.tabooHits().get(1).better()).isEqualTo("依据政策答复");
            assertThat(card.log())
                    .extracting(
                            ScoreCard.TurnLine::turn,
                            ScoreCard.TurnLine::visitor,
                            ScoreCard.TurnLine::reply,
                            ScoreCard.TurnLine::agitation,
                            ScoreCard.TurnLine::seconds)
                    .containsExactly(
                            Tuple.tuple(1, "你好", "冷淡", 90, 30L),
                            Tuple.tuple(2, "我要去省里", "劝", 60, 12L),
                            Tuple.tuple(3, "然后呢", "乱许诺", 60, 5L));
            assertThat(card.log().get(2).taboos()).containsExactly(Tag.CARELESS_PROMISE);

            assertThatThrownBy(() -> player.choose(officer, id, 3, 0))
                    .isInstanceOf(RolePlayException.class)
                    .extracting(e -> ((RolePlayException) e).key())
                    .isEqualTo("roleplay.finished");
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void repliesAreShownInTheSessionsOrderAndLoggedByTheirIdNotTheirPosition(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "strong.yaml", STRONG);
            long officer = PlayFixtures.user(db, "shuffled");
            long seed = LongStream.range(0, 100)
                    .filter(s -> !ChoiceOrder.of(
                                    ScenarioLoader.load("strong.yaml", STRONG)
                                            .scenario()
                                            .orElseThrow()
                                            .node("ask")
                                            .orElseThrow(),
                                    s)
                            .get(0)
                            .equals(0))
                    .findFirst()
                    .orElseThrow();
            PlayFixtures.Player player = PlayFixtures.player(db, seed);
            long id = player.start(officer, "strong");

            PlayView view = player.view(officer, id);
            assertThat(player.view(officer, id).choices())
                    .as("a reload shows the same order")
                    .isEqualTo(view.choices());
            assertThat(view.choices())
                    .extracting(PlayView.Option::text)
                    .containsExactlyInAnyOrder("好的答复", "急躁的答复", "平淡的答复");
            PlayView.Option shownFirst = view.choices().get(0);
            assertThat(shownFirst.id())
                    .as("the reply shown first is not the authored first")
                    .isNotZero();
            assertThat(view.choices())
                    .allSatisfy(o -> assertThat(o.text())
                            .isEqualTo(List.of("好的答复", "急躁的答复", "平淡的答复").get(o.id())));

            player.choose(officer, id, 0, shownFirst.id());

            PlayTurn logged = db.apply(em -> new RolePlayRepository(em)
                    .session(id)
                    .orElseThrow()
                    .getTurns()
                    .get(0));
            assertThat(logged.getChoiceIndex()).isEqualTo(shownFirst.id());
            assertThat(player.scoreCard(officer, id).log().get(0).reply()).isEqualTo(shownFirst.text());
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void anotherOfficerCanNeitherSeeNorPlayNorScoreASession(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "fixture.yaml", PlayFixtures.text("valid.yaml"));
            long owner = PlayFixtures.user(db, "owner");
            long other = PlayFixtures.user(db, "other");
            PlayFixtures.Player player = PlayFixtures.player(db);
            long id = player.start(owner, "fixture");

            for (Runnable attempt : List.<Runnable>of(
                    () -> player.view(other, id),
                    () -> player.choose(other, id, 0, 0),
                    () -> player.scoreCard(other, id))) {
                assertThatThrownBy(attempt::run)
                        .isInstanceOf(RolePlayException.class)
                        .extracting(e -> ((RolePlayException) e).key())
                        .isEqualTo(SessionPlayer.NOT_YOURS);
            }
            assertThat(player.view(owner, id).turnsTaken())
                    .as("nothing was played by the other officer")
                    .isZero();
            assertThatThrownBy(() -> player.view(owner, id + 1000))
                    .isInstanceOf(RolePlayException.class)
                    .extracting(e -> ((RolePlayException) e).key())
                    .isEqualTo(SessionPlayer.NO_SESSION);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aReplyToANodeAlreadyLeftIsRefusedInsteadOfAnsweringTheNextOne(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "fixture.yaml", PlayFixtures.text("valid.yaml"));
            long officer = PlayFixtures.user(db, "twice");
            PlayFixtures.Player player = PlayFixtures.player(db);
            long id = player.start(officer, "fixture");
            player.choose(officer, id, 0, 0);
            assertThatThrownBy(() -> player.choose(officer, id, 0, 0))
                    .isInstanceOf(RolePlayException.class)
                    .extracting(e -> ((RolePlayException) e).key())
                    .isEqualTo("roleplay.staleTurn");
            assertThatThrownBy(() -> player.choose(officer, id, 1, 7))
                    .isInstanceOf(RolePlayException.class)
                    .extracting(e -> ((RolePlayException) e).key())
                    .isEqualTo("roleplay.noChoice");
            assertThatThrownBy(() -> player.scoreCard(officer, id))
                    .isInstanceOf(RolePlayException.class)
                    .extracting(e -> ((RolePlayException) e).key())
                    .isEqualTo("roleplay.notFinished");
            assertThat(player.view(officer, id).turnsTaken()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void twoRepliesToTheSameTurnAtOnceLogOneAndRefuseTheOther(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "fixture.yaml", PlayFixtures.text("valid.yaml"));
            long officer = PlayFixtures.user(db, "racer");
            PlayFixtures.Player player = PlayFixtures.player(db);
            long id = player.start(officer, "fixture");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    int choice = i;
                    results.add(pool.submit(() -> {
                        go.await();
                        try {
                            player.choose(officer, id, 0, choice);
                            return "logged";
                        } catch (RolePlayException e) {
                            return e.key();
                        }
                    }));
                }
                go.countDown();
                List<String> outcomes = new ArrayList<>();
                for (var r : results) {
                    outcomes.add(r.get(30, TimeUnit.SECONDS));
                }
                assertThat(outcomes).containsExactlyInAnyOrder("logged", "roleplay.staleTurn");
            } finally {
                pool.shutdownNow();
            }
            assertThat(player.view(officer, id).turnsTaken()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theCatalogueShowsEachOfficersOwnBestResultAndOpenSession(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "strong.yaml", STRONG);
            long a = PlayFixtures.user(db, "officer_a");
            long b = PlayFixtures.user(db, "officer_b");
            PlayFixtures.Player player = PlayFixtures.player(db);
            long first = player.start(a, "strong");
            player.choose(a, first, 0, 2);
            long second = player.start(a, "strong");
            player.choose(a, second, 0, 0);
            long open = player.start(a, "strong");

            ScenarioCard card = player.call(p -> p.catalogue(a)).get(0);
            assertThat(card.key()).isEqualTo("strong");
            assertThat(card.visitorType()).isEqualTo(Tag.PROBING);
            assertThat(card.finished()).isEqualTo(2);
            assertThat(card.bestPoints()).isEqualTo(100);
            assertThat(card.bestGrade()).isEqualTo("A");
            assertThat(card.openSessionId()).isEqualTo(open);

            ScenarioCard forB = player.call(p -> p.catalogue(b)).get(0);
            assertThat(forB.finished()).isZero();
            assertThat(forB.bestPoints()).isNull();
            assertThat(forB.openSessionId()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theAnalysisCountsRepliesAveragesFinalScoresAndNamesTaboosStrongOfficersStillChoose(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importScenarios(db, "strong.yaml", STRONG);
            PlayFixtures.Player player = PlayFixtures.player(db);
            int[] replies = {0, 1, 1, 2};
            for (int i = 0; i < replies.length; i++) {
                long officer = PlayFixtures.user(db, "officer" + i);
                int reply = replies[i];
                player.choose(officer, player.start(officer, "strong"), 0, reply);
            }
            long idle = PlayFixtures.user(db, "idle");
            player.start(idle, "strong");

            ScenarioAnalysis analysis = player.analysis("strong");
            assertThat(analysis.sessions()).isEqualTo(5);
            assertThat(analysis.finished()).isEqualTo(4);
            ScenarioAnalysis.NodeStats ask = analysis.nodes().get(0);
            assertThat(ask.replies()).isEqualTo(4);
            assertThat(ask.choices())
                    .extracting(
                            ScenarioAnalysis.ChoiceStats::taken,
                            ScenarioAnalysis.ChoiceStats::percent,
                            ScenarioAnalysis.ChoiceStats::averagePoints,
                            ScenarioAnalysis.ChoiceStats::strongTaken)
                    .containsExactly(
                            Tuple.tuple(1L, 25, 100.0, 1L),
                            Tuple.tuple(2L, 50, 100.0, 2L),
                            Tuple.tuple(1L, 25, 10.0, 0L));
            assertThat(analysis.strongTaboos())
                    .extracting(
                            ScenarioAnalysis.ChoiceStats::text,
                            ScenarioAnalysis.ChoiceStats::taboos,
                            ScenarioAnalysis.ChoiceStats::strongTaken)
                    .containsExactly(Tuple.tuple("急躁的答复", List.of(Tag.IMPATIENCE), 2L));
        }
    }
}
