package academy.xinfang.progress.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.progress.domain.Certificate;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Certificates on the real schema, on H2 and on MariaDB: found by code, one per officer and course. */
class CertificateRepositoryTest {
    private static final Instant NOW = TestClock.NOW;

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void aCertificateIsFoundByItsCodeAndIssuedOncePerCourse(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long userId = db.apply(em -> {
                User u = new User("zhao", "赵六", "hash", List.of(Role.OFFICER), NOW);
                em.persist(u);
                em.flush();
                return u.getId();
            });
            db.inTransaction(em -> new CertificateRepository(em)
                    .add(new Certificate(
                            "7K3M9QXA2B4C", userId, "induction", "新任信访干部入职培训", "赵六", NOW.minusSeconds(3600), NOW)));

            String holder = db.apply(em -> new CertificateRepository(em)
                    .byCode("7K3M9QXA2B4C")
                    .orElseThrow()
                    .getHolderName());
            assertThat(holder).isEqualTo("赵六");
            boolean unknown = db.apply(
                    em -> new CertificateRepository(em).byCode("7K3M9QXA2B4D").isPresent());
            assertThat(unknown).isFalse();
            boolean mine = db.apply(
                    em -> new CertificateRepository(em).of(userId, "induction").isPresent());
            assertThat(mine).isTrue();
            assertThatThrownBy(() -> db.inTransaction(em -> new CertificateRepository(em)
                            .add(new Certificate("AAAAAAAAAAAA", userId, "induction", "新任信访干部入职培训", "赵六", NOW, NOW))))
                    .as("a second certificate for the same course")
                    .isNotNull();
        }
    }
}
