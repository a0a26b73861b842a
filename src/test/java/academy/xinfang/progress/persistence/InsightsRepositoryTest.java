package academy.xinfang.progress.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.progress.domain.DepartmentInsights;
import academy.xinfang.quiz.domain.AttemptAnswer;
import academy.xinfang.quiz.domain.QuizAttempt;
import academy.xinfang.quiz.persistence.QuizRepository;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The insights' native aggregate queries on the real schema, on H2 and on MariaDB. */
class InsightsRepositoryTest {
    private static final Instant NOW = TestClock.NOW;

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void answersAndOfficersAreSummedPerDepartmentWithinTheRange(TestDatabase.Kind kind) throws Exception {
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
                    QuizAttempt attempt = quiz.add(new QuizAttempt("six-taboos", user, 1, 1L, List.of("1 q1"), 60,
                            NOW, null));
                    AttemptAnswer answer = new AttemptAnswer(attempt.getId(), 0, "six-taboos/q1");
                    answer.record("S:0", score, false, NOW);
                    quiz.add(answer);
                    quiz.close(attempt.getId(), NOW.plusSeconds(60), false);
                });
            }
            List<DepartmentInsights.AnswerRow> rows = db.apply(em -> new InsightsRepository(em).answerRows(null, null));
            assertThat(rows).containsExactly(new DepartmentInsights.AnswerRow(ids[1], "six-taboos/q1", 1.5, 2));
            List<DepartmentInsights.AnswerRow> later = db.apply(em -> new InsightsRepository(em)
                    .answerRows(NOW.plusSeconds(3600), null));
            assertThat(later).isEmpty();
            List<DepartmentInsights.AnswerRow> earlier = db.apply(em -> new InsightsRepository(em)
                    .answerRows(null, NOW.plusSeconds(3600)));
            assertThat(earlier).hasSize(1);
            Map<Long, Long> officers = db.apply(em -> new InsightsRepository(em).officersPerDepartment());
            assertThat(officers).containsExactly(Map.entry(ids[1], 2L));
            List<DepartmentInsights.QualityRow> qualities = db.apply(em -> new InsightsRepository(em)
                    .qualityRows(null, null));
            assertThat(qualities).isEmpty();
            List<DepartmentInsights.TabooRow> taboos = db.apply(em -> new InsightsRepository(em)
                    .tabooRows(NOW, NOW.plusSeconds(1)));
            assertThat(taboos).isEmpty();
            List<DepartmentInsights.Department> departments = db.apply(em -> new InsightsRepository(em).departments());
            assertThat(departments).contains(new DepartmentInsights.Department(ids[1], ids[0], "东镇"));
        }
    }
}
