package academy.xinfang.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.platform.security.CallerAccounts.Standing;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Repository behaviour on the real schema, on H2 and on MariaDB. */
class UserRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00.123Z");

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void chineseTextRoundTripsThroughTheDatabase(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            String name = "张三丰·信访局𠀀"; // includes a supplementary-plane character: needs utf8mb4 on MySQL
            db.inTransaction(em -> {
                Department county = new Department("COUNTY", "某某县信访局", DepartmentKind.COUNTY, null);
                em.persist(county);
                User u = new User("zhangsan", name, "hash", List.of(Role.OFFICER), NOW);
                u.moveTo(county);
                em.persist(u);
            });
            User loaded = db.apply(
                    em -> new UserRepository(em).findByUsername("zhangsan").orElseThrow());
            assertThat(loaded.getDisplayName()).isEqualTo(name);
            try (Connection c = db.connection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select d.name from department d")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("某某县信访局");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void rolesLockStampAndForcedChangePersist(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> {
                User u = new User("li.si", "李四", "hash", Set.of(Role.TRAINER, Role.ADMIN), NOW);
                u.lockUntil(NOW.plus(Duration.ofMinutes(60)));
                u.resetPassword("reset-hash");
                u.lockUntil(NOW.plus(Duration.ofMinutes(15)));
                em.persist(u);
            });
            User loaded = db.apply(
                    em -> new UserRepository(em).findByUsername("li.si").orElseThrow());
            assertThat(loaded.getRoles()).containsExactlyInAnyOrder(Role.TRAINER, Role.ADMIN);
            // Stored to the whole second on every database (see InstantConverter).
            assertThat(loaded.getLockedUntil())
                    .isEqualTo(NOW.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS));
            assertThat(loaded.isLockedAt(NOW.plusSeconds(60))).isTrue();
            assertThat(loaded.getSecurityStamp()).isEqualTo(1);
            assertThat(loaded.isMustChangePassword()).isTrue();
            assertThat(loaded.getCreatedAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.SECONDS));
            boolean anyAdmin = db.apply(em -> new UserRepository(em).anyWithRole(Role.ADMIN));
            boolean anyOfficer = db.apply(em -> new UserRepository(em).anyWithRole(Role.OFFICER));
            assertThat(anyAdmin).isTrue();
            assertThat(anyOfficer).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theStandingOfASignedInRequestComesFromOneQueryWithTheRoles(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long id = db.apply(em -> {
                User u = new User("wang.wu", "王五", "hash", Set.of(Role.OFFICER, Role.TRAINER), NOW);
                u.requirePasswordChange();
                em.persist(u);
                em.flush();
                return u.getId();
            });
            Statements<Optional<Standing>> read = counted(db, em -> new UserRepository(em).standing(id));
            assertThat(read.sent()).as("SQL statements for the standing").isEqualTo(1);
            Standing standing = read.result().orElseThrow();
            assertThat(standing.enabled()).isTrue();
            assertThat(standing.stamp()).isZero();
            assertThat(standing.mustChangePassword()).isTrue();
            assertThat(standing.groups()).containsExactlyInAnyOrder("OFFICER", "TRAINER");
            assertThat(counted(db, em -> new UserRepository(em).findById(id)).sent())
                    .as("the entity with its roles, for comparison: the counting sees every statement")
                    .isEqualTo(2);

            db.inTransaction(em -> {
                User u = em.find(User.class, id);
                u.assignRoles(List.of(Role.OFFICER));
                u.disable();
            });
            Standing after = db.apply(em -> new UserRepository(em).standing(id).orElseThrow());
            assertThat(after.enabled()).isFalse();
            assertThat(after.stamp()).isEqualTo(2);
            assertThat(after.groups()).containsExactly("OFFICER");
            assertThat(db.<Optional<Standing>>apply(em -> new UserRepository(em).standing(id + 1000)))
                    .isEmpty();
        }
    }

    /** What some work returned, and how many SQL statements it sent to the database. */
    private record Statements<T>(T result, int sent) {}

    private static <T> Statements<T> counted(TestDatabase db, Function<EntityManager, T> work) {
        return db.apply(em -> {
            SessionEventManager events =
                    em.unwrap(JpaEntityManager.class).getServerSession().getEventManager();
            AtomicInteger sent = new AtomicInteger();
            SessionEventAdapter counter = new SessionEventAdapter() {
                @Override
                public void preExecuteCall(SessionEvent event) {
                    sent.incrementAndGet();
                }
            };
            events.addListener(counter);
            try {
                T result = work.apply(em);
                return new Statements<>(result, sent.get());
            } finally {
                events.removeListener(counter);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void existingUsernamesAnswersForAWholeFileInOneQuery(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> {
                em.persist(new User("wang1", "王一", "h", List.of(Role.OFFICER), NOW));
                em.persist(new User("wang2", "王二", "h", List.of(Role.OFFICER), NOW));
            });
            Set<String> taken =
                    db.apply(em -> new UserRepository(em).existingUsernames(List.of("wang2", "zhao9", "wang1")));
            assertThat(taken).containsExactlyInAnyOrder("wang1", "wang2");
            Set<String> none = db.apply(em -> new UserRepository(em).existingUsernames(List.of()));
            assertThat(none).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void searchMatchesChineseNamesAndUsernamesWithDepartmentLoaded(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> {
                Department county = new Department("C1", "东县", DepartmentKind.COUNTY, null);
                Department town = new Department("T1", "北镇", DepartmentKind.TOWNSHIP, county);
                em.persist(county);
                em.persist(town);
                User a = new User("zhou", "周信访", "h", List.of(Role.OFFICER), NOW);
                a.moveTo(town);
                em.persist(a);
                em.persist(new User("qian", "钱多多", "h", List.of(Role.OFFICER), NOW));
            });
            List<User> found = db.apply(em -> {
                List<User> result = new UserRepository(em).search("信访", 0, 10);
                em.clear(); // the department must already be loaded, not fetched lazily later
                return result;
            });
            assertThat(found).extracting(User::getUsername).containsExactly("zhou");
            assertThat(found.get(0).getDepartment().getName()).isEqualTo("北镇");
            List<User> byUsername = db.apply(em -> new UserRepository(em).search("QIAN", 0, 10));
            long members = db.apply(em -> new UserRepository(em)
                    .countByDepartment(found.get(0).getDepartment().getId()));
            assertThat(byUsername).hasSize(1);
            assertThat(members).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void usernamesAreUniqueInTheSchema(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            db.inTransaction(em -> em.persist(new User("dup", "甲", "h", List.of(Role.OFFICER), NOW)));
            assertThatThrownBy(() ->
                            db.inTransaction(em -> em.persist(new User("dup", "乙", "h", List.of(Role.OFFICER), NOW))))
                    .isInstanceOf(RuntimeException.class);
            String kept = db.apply(em ->
                    new UserRepository(em).findByUsername("dup").orElseThrow().getDisplayName());
            assertThat(kept).isEqualTo("甲");
        }
    }

    /**
     * Two transactions lock the same account at once, the second while the first has locked but not yet committed:
     * the second waits for the row, finds it locked and leaves it, so the first lock stands and neither fails.
     */
    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void ofTwoParallelLocksOneTakesAndTheOtherFindsTheAccountLocked(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long id = db.apply(em -> {
                User u = new User("wang.wu", "王五", "hash", List.of(Role.OFFICER), NOW);
                em.persist(u);
                em.flush();
                return u.getId();
            });
            Instant firstUntil = NOW.plus(Duration.ofHours(1));
            Instant secondUntil = NOW.plus(Duration.ofHours(2));
            CountDownLatch firstWrote = new CountDownLatch(1);
            ExecutorService second = Executors.newSingleThreadExecutor();
            try {
                Future<Boolean> secondLocked = second.submit(() -> {
                    firstWrote.await();
                    return db.apply(em -> new UserRepository(em).lockUnlessLocked(id, NOW, secondUntil));
                });
                boolean firstLocked = db.apply(em -> {
                    boolean locked = new UserRepository(em).lockUnlessLocked(id, NOW, firstUntil);
                    firstWrote.countDown();
                    sleep(Duration.ofMillis(300)); // the second now waits on the row
                    return locked;
                });
                assertThat(firstLocked).isTrue();
                assertThat(secondLocked.get(30, TimeUnit.SECONDS)).isFalse();
            } finally {
                second.shutdownNow();
            }
            User loaded = db.apply(em -> new UserRepository(em).findById(id).orElseThrow());
            assertThat(loaded.getLockedUntil()).isEqualTo(firstUntil.truncatedTo(ChronoUnit.SECONDS));
            assertThat(loaded.getVersion())
                    .as("raised once, by the lock that took")
                    .isEqualTo(2);

            boolean again =
                    db.apply(em -> new UserRepository(em).lockUnlessLocked(id, NOW.plusSeconds(60), secondUntil));
            assertThat(again).as("still locked a minute later").isFalse();
            boolean afterExpiry =
                    db.apply(em -> new UserRepository(em).lockUnlessLocked(id, firstUntil.plusSeconds(1), secondUntil));
            assertThat(afterExpiry)
                    .as("a lock that has run out can be taken again")
                    .isTrue();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
