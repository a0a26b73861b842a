package academy.xinfang.quiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.quiz.domain.AnswerEvent;
import academy.xinfang.quiz.domain.AttemptAnswer;
import academy.xinfang.quiz.domain.AttemptEvent;
import academy.xinfang.quiz.domain.QuizAttempt;
import academy.xinfang.quiz.domain.TagTotal;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The quiz feature's aggregate reads for other features (insights, progress, xAPI), on H2 and on MariaDB. */
class QuizResultRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void answersAreSummedPerOfficerAndTagWithinTheRangeAndAttemptsCount(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long[] ids = db.apply(em -> {
                Department county = new Department("C1", "城关县", DepartmentKind.COUNTY, null);
                em.persist(county);
                Department town = new Department("T1", "东镇", DepartmentKind.TOWNSHIP, county);
                em.persist(town);
                User a = new User("officer.a", "甲", "hash", List.of(Role.OFFICER), NOW);
                a.moveTo(town);
                User b = new User("officer.b", "乙", "hash", List.of(Role.OFFICER), NOW);
                b.moveTo(town);
                User t = new User("trainer.c", "丙", "hash", List.of(Role.TRAINER), NOW);
                t.moveTo(town);
                em.persist(a);
                em.persist(b);
                em.persist(t);
                em.flush();
                return new long[] {county.getId(), town.getId(), a.getId(), b.getId()};
            });
            for (int i = 0; i < 2; i++) {
                long user = ids[2 + i];
                double score = i == 0 ? 1.0 : 0.5;
                db.inTransaction(em -> {
                    QuizRepository quiz = new QuizRepository(em);
                    QuizAttempt attempt =
                            quiz.add(new QuizAttempt("six-taboos", user, 1, 1L, List.of("1 q1"), 60, NOW, null));
                    AttemptAnswer answer = new AttemptAnswer(attempt.getId(), 0, "six-taboos/q1");
                    answer.record("S:0", score, false, NOW);
                    quiz.add(answer);
                    AttemptAnswer second = new AttemptAnswer(attempt.getId(), 1, "six-taboos/q2");
                    second.record("S:0", 0.0, false, NOW);
                    quiz.add(second);
                    AttemptAnswer untagged = new AttemptAnswer(attempt.getId(), 2, "six-taboos/q3");
                    untagged.record("S:0", 1.0, false, NOW);
                    quiz.add(untagged);
                    quiz.close(attempt.getId(), NOW.plusSeconds(60), false);
                    quiz.recordResult(attempt.getId(), 100 * score, score == 1.0);
                });
            }
            long a = ids[2];
            long b = ids[3];
            // q1 and q2 both carry the law, q2 also the buck-passing; q3 has no tag
            Map<String, List<Tag>> questionTags = Map.of(
                    "six-taboos/q1", List.of(Tag.POLICY_AND_LAW),
                    "six-taboos/q2", List.of(Tag.POLICY_AND_LAW, Tag.BUCK_PASSING),
                    "six-taboos/q3", List.of());
            List<TagTotal> rows = db.apply(em -> new QuizResultRepository(em).tagTotals(questionTags, null, null));
            assertThat(rows)
                    .containsExactlyInAnyOrder(
                            new TagTotal(a, Tag.POLICY_AND_LAW, 1.0, 2),
                            new TagTotal(a, Tag.BUCK_PASSING, 0.0, 1),
                            new TagTotal(b, Tag.POLICY_AND_LAW, 0.5, 2),
                            new TagTotal(b, Tag.BUCK_PASSING, 0.0, 1));
            List<TagTotal> later =
                    db.apply(em -> new QuizResultRepository(em).tagTotals(questionTags, NOW.plusSeconds(3600), null));
            assertThat(later).isEmpty();
            List<TagTotal> earlier =
                    db.apply(em -> new QuizResultRepository(em).tagTotals(questionTags, null, NOW.plusSeconds(3600)));
            assertThat(earlier).hasSize(4);
            List<TagTotal> between = db.apply(em -> new QuizResultRepository(em)
                    .tagTotals(questionTags, NOW.minusSeconds(3600), NOW.plusSeconds(3600)));
            assertThat(between).hasSize(4);
            List<TagTotal> none = db.apply(em -> new QuizResultRepository(em).tagTotals(Map.of(), null, null));
            assertThat(none).isEmpty();
            db.apply(em -> {
                QuizResultRepository results = new QuizResultRepository(em);
                assertThat(results.passedPerOfficer(List.of("six-taboos", "other")))
                        .containsExactly(Map.entry(a, 1L));
                assertThat(results.passedPerOfficer(List.of())).isEmpty();
                assertThat(results.startedBy(List.of("six-taboos", "other"))).containsExactlyInAnyOrder(a, b);
                assertThat(results.startedBy(List.of())).isEmpty();
                assertThat(results.triedBy(a, List.of("six-taboos", "other")))
                        .containsExactly(Map.entry("six-taboos", true));
                assertThat(results.triedBy(b, List.of("six-taboos"))).containsExactly(Map.entry("six-taboos", false));
                assertThat(results.attempts(b, null, null))
                        .extracting(AttemptEvent::userId, AttemptEvent::quizKey, AttemptEvent::passed)
                        .containsExactly(tuple(b, "six-taboos", false));
                assertThat(results.attempts(null, NOW.plusSeconds(3600), null)).isEmpty();
                assertThat(results.answers(null, null, null))
                        .extracting(AnswerEvent::userId, AnswerEvent::score)
                        .containsExactlyInAnyOrder(
                                tuple(a, 1.0),
                                tuple(a, 0.0),
                                tuple(a, 1.0),
                                tuple(b, 0.5),
                                tuple(b, 0.0),
                                tuple(b, 1.0));
                return null;
            });
        }
    }
}
