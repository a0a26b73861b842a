package academy.xinfang.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.LoginFailure;
import academy.xinfang.account.domain.LoginLock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The throttle's queries on the real schema, on H2 and on MariaDB. */
class LoginFailureRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00.250Z");

    private static long fail(TestDatabase db, String name, String address, Instant at) {
        return db.apply(em -> new LoginFailureRepository(em)
                .add(new LoginFailure(name, address, at))
                .getId());
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void pairStatisticsCountOneNameFromOneAddressToTheMillisecondLeavingOutTheAttemptItself(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            fail(db, "zhang", "10.0.0.1", NOW.minus(Duration.ofHours(25)));
            fail(db, "zhang", "10.0.0.1", NOW.minusMillis(1500));
            fail(db, "zhang", "10.0.0.1", NOW.minusMillis(700));
            fail(db, "zhang", "10.0.0.2", NOW.minusMillis(100));
            fail(db, "li", "10.0.0.1", NOW.minusMillis(50));
            long own = fail(db, "zhang", "10.0.0.1", NOW);

            LoginFailureRepository.PairStats stats = db.apply(em ->
                    new LoginFailureRepository(em).pair("zhang", "10.0.0.1", NOW.minus(Duration.ofHours(24)), own));
            assertThat(stats.failures()).isEqualTo(2);
            assertThat(stats.latest()).isEqualTo(NOW.minusMillis(700));
            LoginFailureRepository.PairStats none = db.apply(em ->
                    new LoginFailureRepository(em).pair("wang", "10.0.0.1", NOW.minus(Duration.ofHours(24)), own));
            assertThat(none.failures()).isZero();
            assertThat(none.latest()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theAddressBudgetIsSpentAtItsNthMostRecentFailureWithinTheWindow(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            fail(db, "old", "10.0.0.9", NOW.minus(Duration.ofMinutes(11)));
            for (int i = 1; i <= 3; i++) {
                fail(db, "name" + i, "10.0.0.9", NOW.minusSeconds(i * 60L));
            }
            fail(db, "other", "10.0.0.8", NOW);
            long own = fail(db, "name4", "10.0.0.9", NOW);
            Instant since = NOW.minus(Duration.ofMinutes(10));
            assertThat(db.<Optional<Instant>>apply(
                            em -> new LoginFailureRepository(em).nthMostRecentFrom("10.0.0.9", since, 3, own)))
                    .contains(NOW.minusSeconds(180));
            assertThat(db.<Optional<Instant>>apply(
                            em -> new LoginFailureRepository(em).nthMostRecentFrom("10.0.0.9", since, 4, own)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void accountStatisticsCountEveryAddressAndRemovalsForgetWhatTheySay(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            fail(db, "zhang", "10.0.0.1", NOW.minusSeconds(30));
            fail(db, "zhang", "10.0.0.1", NOW.minusSeconds(20));
            fail(db, "zhang", "10.0.0.2", NOW.minusSeconds(10));
            fail(db, "zhang", "10.0.0.3", NOW.minus(Duration.ofDays(2)));
            fail(db, "li", "10.0.0.1", NOW);
            Instant since = NOW.minus(Duration.ofHours(24));
            LoginFailureRepository.AccountStats stats =
                    db.apply(em -> new LoginFailureRepository(em).account("zhang", since));
            assertThat(stats.failures()).isEqualTo(3);
            assertThat(stats.addresses()).isEqualTo(2);

            db.inTransaction(em -> new LoginFailureRepository(em).removePair("zhang", "10.0.0.1"));
            assertThat(db.apply(em -> new LoginFailureRepository(em).account("zhang", since))
                            .failures())
                    .isEqualTo(1);
            assertThat(db.<Integer>apply(em -> new LoginFailureRepository(em).removeOlderThan(since)))
                    .isEqualTo(1);
            db.inTransaction(em -> new LoginFailureRepository(em).removeAccount("zhang"));
            assertThat(db.apply(em -> new LoginFailureRepository(em).account("zhang", NOW.minus(Duration.ofDays(9))))
                            .failures())
                    .isZero();
            assertThat(db.apply(em -> new LoginFailureRepository(em).account("li", since))
                            .failures())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void locksAreListedNewestFirstAndOnlyActiveOnesAreLifted(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            Instant earlier = NOW.minus(Duration.ofDays(3));
            db.inTransaction(em -> {
                LoginLockRepository locks = new LoginLockRepository(em);
                locks.add(new LoginLock("zhang", earlier, earlier.plus(Duration.ofHours(1)), 100, 7));
                locks.add(new LoginLock("zhang", NOW, NOW.plus(Duration.ofHours(1)), 104, 2));
                locks.add(new LoginLock("li", NOW.minusSeconds(5), NOW.plus(Duration.ofHours(1)), 100, 1));
            });
            assertThat(db.<Optional<Instant>>apply(em -> new LoginLockRepository(em).latestLockOf("zhang")))
                    .contains(NOW.truncatedTo(ChronoUnit.SECONDS));
            assertThat(db.<Optional<Instant>>apply(em -> new LoginLockRepository(em).latestLockOf("wang")))
                    .isEmpty();
            db.inTransaction(
                    em -> new LoginLockRepository(em).activeAt("zhang", NOW).forEach(l -> l.unlockedBy("admin", NOW)));
            var recent = db.apply(em -> new LoginLockRepository(em).recent(10));
            assertThat(recent).extracting(LoginLock::getUsername).containsExactly("zhang", "li", "zhang");
            assertThat(recent.get(0).getUnlockedBy()).isEqualTo("admin");
            assertThat(recent.get(0).getFailures()).isEqualTo(104);
            assertThat(recent.get(2).getUnlockedBy())
                    .as("an expired lock is not lifted by anyone")
                    .isNull();
        }
    }
}
