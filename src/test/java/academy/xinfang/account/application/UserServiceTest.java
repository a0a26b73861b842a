package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.LoginLock;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.LoginLockRepository;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.testing.TestClock;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lifting a lock, by an unlock or by a password reset, is one step: the account opens again, the lock's record says
 * who lifted it, and the account's failures are forgotten. Only the reset touches the password and the sessions.
 */
class UserServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final List<String> forgotten = new ArrayList<>();
    private final List<AuditAction> audited = new ArrayList<>();
    private final PasswordHasher hasher = new PasswordHasher(1000);
    private User user;
    private LoginLock lock;
    private UserService service;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        user = new User("wang.locked", "王锁定", hasher.hash("Jiedai2026x"), List.of(Role.OFFICER), NOW);
        Field id = User.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(user, 7L);
        user.lockUntil(NOW.plus(Duration.ofMinutes(60)));
        lock = new LoginLock("wang.locked", NOW, NOW.plus(Duration.ofMinutes(60)), 100, 9);

        service = new UserService();
        service.clock = TestClock.at(NOW);
        service.hasher = hasher;
        service.users = new UserRepository(null) {
            @Override
            public Optional<User> findById(long wanted) {
                return wanted == 7 ? Optional.of(user) : Optional.empty();
            }
        };
        service.locks = new LoginLockRepository(null) {
            @Override
            public List<LoginLock> activeAt(String username, Instant now) {
                return username.equals("wang.locked") && lock.getUnlockedAt() == null ? List.of(lock) : List.of();
            }
        };
        service.attempts = new LoginAttempts() {
            @Override
            public void forgetAccount(String name) {
                forgotten.add(name);
            }
        };
        service.audit = new AuditLog(null, service.clock) {
            @Override
            public void record(String actor, AuditAction action, String target, String detail) {
                audited.add(action);
            }
        };
        Principal admin = () -> "admin";
        service.session = (SessionContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SessionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return admin;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void anAdministratorsResetLiftsTheLockWithItsRecordAndForgetsTheFailures() {
        assertThat(service.get(7).locked()).isTrue();
        long stamp = user.getSecurityStamp();

        service.resetPassword(7, "NewSecret2026");

        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(service.get(7).locked()).isFalse();
        assertThat(lock.getUnlockedBy()).isEqualTo("admin");
        assertThat(lock.getUnlockedAt()).isEqualTo(NOW);
        assertThat(forgotten).containsExactly("wang.locked");
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.getSecurityStamp()).isEqualTo(stamp + 1);
        assertThat(audited).containsExactly(AuditAction.USER_PASSWORD_RESET);
    }

    @Test
    void unlockingLiftsTheLockTheSameWayWithoutTouchingThePasswordOrTheSessions() {
        String hash = user.getPasswordHash();
        long stamp = user.getSecurityStamp();

        service.unlock(7);

        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(service.get(7).locked()).isFalse();
        assertThat(lock.getUnlockedBy()).isEqualTo("admin");
        assertThat(forgotten).containsExactly("wang.locked");
        assertThat(user.getPasswordHash()).isEqualTo(hash);
        assertThat(user.getSecurityStamp()).isEqualTo(stamp);
        assertThat(user.isMustChangePassword()).isFalse();
        assertThat(audited).containsExactly(AuditAction.USER_UNLOCKED);
    }

    @Test
    void theViewSaysWhetherTheLockIsInForceNow() {
        assertThat(service.get(7).locked()).isTrue();
        service.clock = TestClock.at(NOW.plus(Duration.ofMinutes(60)));
        assertThat(service.get(7).locked()).as("the lock ran out").isFalse();
        assertThat(service.get(7).lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(60)));
    }
}
