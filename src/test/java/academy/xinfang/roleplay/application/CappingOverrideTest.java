package academy.xinfang.roleplay.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.progress.application.Owners;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseLoader;
import academy.xinfang.progress.domain.CourseProgress;
import academy.xinfang.progress.domain.ItemFact;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.domain.ItemStatus;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.roleplay.domain.PlaySession;
import academy.xinfang.roleplay.domain.QualityTotal;
import academy.xinfang.roleplay.domain.ReplyScore;
import academy.xinfang.roleplay.domain.ScenarioBest;
import academy.xinfang.roleplay.domain.SessionEvent;
import academy.xinfang.roleplay.domain.TabooCount;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.roleplay.persistence.RolePlayResultRepository;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether a session hit a capping taboo is decided once, by the role-play scoring after any trainer's override, and
 * course completion reads that decision (on H2 and MariaDB): an override that removes the capping taboo of a typed
 * reply makes the course item done.
 */
class CappingOverrideTest {

    private static final String PROMISE = """
            id: promise
            title: 许诺
            persona: {visitorType: FIRST_TIME, name: 老李, background: 征地, wants: 补偿}
            initial: {agitation: 40, trust: 40}
            nodes:
              - id: ask
                stage: ANSWERING
                visitor: 补偿款到底什么时候能到？
                freeText: true
                choices:
                  - text: 我把情况登记下来，核实后按规定答复您。
                    effects: {qualities: {POLICY_AND_LAW: 5, PRAGMATIC_STYLE: 5}}
                    next: fine
                  - text: 放心，下个月肯定到。
                    effects: {qualities: {POLICY_AND_LAW: -5}, taboos: [CARELESS_PROMISE]}
                    next: fine
                    better: 核实之后再答复，不替别人打包票。
                    section: six-taboos#careless-promise
                  - text: 不清楚。
                    next: fine
            endings:
              - {id: fine, outcome: SETTLED, debrief: 好}
            """;

    private static final String COURSE = """
            key: promise-course
            title: {zh: 许诺, en: Promise}
            items:
              - {type: scenario, ref: promise, threshold: 60}
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

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void anOverrideThatRemovesACappingTabooMakesTheCourseItemDone(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> new ScenarioImporter(new RolePlayRepository(em), PlayFixtures.clock())
                    .importAll(List.of(new SourceFolder.SourceFile("promise.yaml", PROMISE)), List.of()));
            long officer = PlayFixtures.user(db, "officer1");
            long trainer = PlayFixtures.user(db, "trainer1");
            long id = call(db, p -> p.start(officer, "promise"));
            // a careful reply the scorer takes for a careless promise (它 "肯定" is about the rules, not a date)
            ReplyScore scored = call(db, p -> p.reply(officer, id, 0, "您放心吧我们肯定按规定办，一周内答复您"));
            assertThat(scored.effects().taboos()).contains(Tag.CARELESS_PROMISE);
            Course course =
                    CourseLoader.load("promise-course.yaml", COURSE).course().orElseThrow();
            ItemKey item = new ItemKey(ItemType.SCENARIO, "promise");

            PlaySession capped =
                    db.apply(em -> new RolePlayRepository(em).session(id).orElseThrow());
            assertThat(capped.isCappedByTaboo()).isTrue();
            assertThat(status(db, officer, course, item)).isEqualTo(ItemStatus.IN_PROGRESS);
            assertThat(passed(db)).isEmpty();
            List<TabooCount> scorersTaboos = results(db, r -> r.tabooCounts(null, null));
            assertThat(scorersTaboos)
                    .as("insights count the scorer's taboo")
                    .containsExactly(new TabooCount(officer, "CARELESS_PROMISE", 1));

            long turnId = replies(db, 10).get(0).turnId();
            call(db, p -> {
                p.override(
                        trainer,
                        turnId,
                        Map.of(Tag.POLICY_AND_LAW, 5, Tag.PRAGMATIC_STYLE, 5),
                        Set.of(),
                        "“肯定”说的是按规定核实，不是许诺结果");
                return null;
            });

            PlaySession after =
                    db.apply(em -> new RolePlayRepository(em).session(id).orElseThrow());
            assertThat(after.isCappedByTaboo()).isFalse();
            assertThat(after.getPoints()).isGreaterThanOrEqualTo(60);
            assertThat(status(db, officer, course, item))
                    .as("the course item follows the override")
                    .isEqualTo(ItemStatus.DONE);
            assertThat(passed(db)).containsExactly(officer);
            List<TabooCount> trainersTaboos = results(db, r -> r.tabooCounts(null, null));
            assertThat(trainersTaboos).as("and then the trainer's").isEmpty();
            List<SessionEvent> sessions = results(db, r -> r.sessions(officer, null, null));
            assertThat(sessions)
                    .extracting(SessionEvent::sessionId, SessionEvent::points)
                    .containsExactly(tuple(id, after.getPoints()));
            List<QualityTotal> qualities = results(db, r -> r.qualityTotals(null, null));
            assertThat(qualities)
                    .contains(new QualityTotal(
                            officer,
                            Tag.POLICY_AND_LAW,
                            sessions.get(0).qualities().get("POLICY_AND_LAW"),
                            1));
            Map<String, ScenarioBest> best = results(db, r -> r.bestOf(officer, Set.of("promise")));
            assertThat(best)
                    .containsExactly(Map.entry("promise", new ScenarioBest("promise", after.getPoints(), false)));
        }
    }

    private static <T> T results(TestDatabase db, Function<RolePlayResults, T> read) {
        return db.apply(em -> read.apply(new RolePlayResults(new RolePlayResultRepository(em))));
    }

    private static Set<Long> passed(TestDatabase db) {
        return results(db, r -> r.bestUncapped(Set.of("promise"))).stream()
                .filter(best -> best.points() >= 60)
                .map(best -> best.userId())
                .collect(Collectors.toSet());
    }

    private static ItemStatus status(TestDatabase db, long officer, Course course, ItemKey item) {
        Map<ItemKey, ItemFact> facts = db.apply(em -> Owners.courseItems(em).facts(officer, List.of(item)));
        return CourseProgress.of(course, facts, null, PlayFixtures.clock()).status(item);
    }
}
