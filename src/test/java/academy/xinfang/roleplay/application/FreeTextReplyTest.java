package academy.xinfang.roleplay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.PlaySession;
import academy.xinfang.roleplay.domain.ReplyScore;
import academy.xinfang.roleplay.domain.ReplyScorer;
import academy.xinfang.roleplay.domain.TabooHit;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed replies on a real database (H2 and MariaDB): scored, logged with their hits, reviewed and overridden. */
class FreeTextReplyTest {

    private static final String TYPED = """
            id: typed
            title: 自己说
            persona: {visitorType: FIRST_TIME, name: 老李, background: 征地, wants: 补偿}
            initial: {agitation: 40, trust: 40}
            nodes:
              - id: ask
                stage: RECEIVING
                visitor: 我的地被征了，补偿款到现在没到。
                freeText: true
                choices:
                  - text: 请坐，慢慢说。
                    effects: {qualities: {PROFESSIONAL_ETHICS: 5}}
                    next: fine
                  - text: 这不归我们管。
                    effects: {taboos: [BUCK_PASSING], agitation: 20}
                    next: away
                    better: 先接下来，问清楚再协调。
                    section: six-taboos#buck-passing
            endings:
              - {id: fine, outcome: SETTLED, debrief: 好}
              - {id: away, outcome: REFERRED, debrief: 推走了}
            """;

    private static SessionPlayer player(EntityManager em) {
        return new SessionPlayer(
                new RolePlayRepository(em), ScenarioCache::parse, PlayFixtures.clock(), () -> PlayFixtures.SCORER);
    }

    private static <T> T call(TestDatabase db, Function<SessionPlayer, T> work) {
        return db.apply(em -> work.apply(player(em)));
    }

    /** The typed replies as trainers review them, named by the account feature. */
    private static List<FreeTextReview> replies(TestDatabase db, int max) {
        return db.apply(em -> player(em).freeTextReplies(max, PlayFixtures.people(em)));
    }

    private static void importTyped(TestDatabase db) {
        db.inTransaction(em -> new ScenarioImporter(new RolePlayRepository(em), PlayFixtures.clock())
                .importAll(List.of(new SourceFolder.SourceFile("typed.yaml", TYPED)), List.of()));
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aBuckPassingReplyIsFlaggedWithItsWordsAndATrainersOverrideSticks(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importTyped(db);
            long officer = PlayFixtures.user(db, "officer1");
            long trainer = PlayFixtures.user(db, "trainer1");
            long id = call(db, p -> p.start(officer, "typed"));
            assertThat(call(db, p -> p.view(officer, id)).freeText()).isTrue();

            ReplyScore score = call(db, p -> p.reply(officer, id, 0, "这事不归我们管，你去找国土局"));

            assertThat(score.effects().taboos()).containsExactly(Tag.BUCK_PASSING);
            ScoreCard card = call(db, p -> p.scoreCard(officer, id));
            assertThat(card.endingKey())
                    .as("the reply follows the buck-passing choice")
                    .isEqualTo("away");
            assertThat(card.tabooHits())
                    .extracting(TabooHit::taboo, TabooHit::words, TabooHit::better)
                    .containsExactly(Tuple.tuple(Tag.BUCK_PASSING, "这事不归我们管，你去找国土局", "先接下来，问清楚再协调。"));
            ScoreCard.TurnLine line = card.log().get(0);
            assertThat(line.typed()).isTrue();
            assertThat(line.hits()).extracting(ReplyScore.Hit::words).containsExactly("不归我们管", "你去找");
            assertThat(line.overridden()).isFalse();
            int before = card.points();

            ScenarioAnalysis analysis = call(db, p -> p.analysis("typed"));
            assertThat(analysis.nodes().get(0).replies())
                    .as("typed replies are not counted as choices")
                    .isZero();

            List<FreeTextReview> reviews = replies(db, 10);
            assertThat(reviews).hasSize(1);
            FreeTextReview review = reviews.get(0);
            assertThat(review.officer()).isEqualTo("officer1");
            assertThat(review.taboos()).containsExactly(Tag.BUCK_PASSING);

            call(db, p -> {
                p.override(trainer, review.turnId(), Map.of(Tag.PROFESSIONAL_ETHICS, 3), Set.of(), "国土局确是主管部门，指引得当");
                return null;
            });

            ScoreCard after = call(db, p -> p.scoreCard(officer, id));
            assertThat(after.tabooHits()).isEmpty();
            assertThat(after.log().get(0).overridden()).isTrue();
            assertThat(after.log().get(0).overrideNote()).isEqualTo("国土局确是主管部门，指引得当");
            assertThat(after.log().get(0).hits())
                    .as("the scorer's hits stay visible")
                    .hasSize(2);
            assertThat(after.points()).isGreaterThan(before);
            PlaySession stored =
                    db.apply(em -> new RolePlayRepository(em).session(id).orElseThrow());
            assertThat(stored.getPoints())
                    .as("the stored score follows the override")
                    .isEqualTo(after.points());
            FreeTextReview reviewed = replies(db, 10).get(0);
            assertThat(reviewed.overriddenBy()).isEqualTo("trainer1");
            assertThat(reviewed.scoredTaboos()).containsExactly(Tag.BUCK_PASSING);
            assertThat(reviewed.taboos()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void blankLongAndMisplacedRepliesAndBadOverridesAreRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importTyped(db);
            long officer = PlayFixtures.user(db, "officer1");
            long id = call(db, p -> p.start(officer, "typed"));

            assertThatThrownBy(() -> call(db, p -> p.reply(officer, id, 0, "  ")))
                    .hasFieldOrPropertyWithValue("key", "roleplay.emptyReply");
            assertThatThrownBy(() -> call(db, p -> p.reply(officer, id, 0, "好".repeat(ReplyScorer.MAX_LENGTH + 1))))
                    .hasFieldOrPropertyWithValue("key", "roleplay.replyTooLong");
            assertThatThrownBy(() -> call(db, p -> p.reply(officer + 1000, id, 0, "您好")))
                    .hasFieldOrPropertyWithValue("key", SessionPlayer.NOT_YOURS);

            ReplyScore good = call(db, p -> p.reply(officer, id, 0, "您好，请坐下，慢慢说，我都记下来。"));
            assertThat(good.effects().taboos()).isEmpty();
            ScoreCard card = call(db, p -> p.scoreCard(officer, id));
            assertThat(card.endingKey()).isEqualTo("fine");
            long turnId = replies(db, 1).get(0).turnId();
            assertThatThrownBy(() -> call(db, p -> {
                        p.override(officer, turnId, Map.of(Tag.WARMTH, 3), Set.of(), "x");
                        return null;
                    }))
                    .hasFieldOrPropertyWithValue("key", "roleplay.badOverride");
            assertThatThrownBy(() -> call(db, p -> {
                        p.override(officer, turnId, Map.of(Tag.PROFESSIONAL_ETHICS, 99), Set.of(), "x");
                        return null;
                    }))
                    .hasFieldOrPropertyWithValue("key", "roleplay.badOverride");
            assertThatThrownBy(() -> call(db, p -> {
                        p.override(officer, turnId, Map.of(), Set.of(Tag.IMPATIENCE), " ");
                        return null;
                    }))
                    .hasFieldOrPropertyWithValue("key", "roleplay.overrideNoteRequired");
        }
    }
}
