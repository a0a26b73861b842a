package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.LoginLock;
import academy.xinfang.account.domain.LoginThrottle;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.security.CallerAccounts.SignIn;
import academy.xinfang.testing.TestClock;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every sign-in costs exactly one password hash and every failure gets the same answer, whatever the cause: so
 * neither the answer nor its time tells which names exist or what state an account is in. A throttled attempt is
 * refused before any hashing and not counted.
 */
class LoginServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String PASSWORD = "Jiedai2026x";

    /** Counts what the service asks of the hasher. */
    static final class CountingHasher extends PasswordHasher {
        int verifications;

        CountingHasher() {
            super(1000);
        }

        @Override
        public boolean verify(String password, String stored) {
            verifications++;
            return super.verify(password, stored);
        }
    }

    /** The throttle's memory in a list: what was started, refunded, forgiven and counted. */
    static final class RecordingAttempts extends LoginAttempts {
        LoginThrottle.History history = LoginThrottle.History.NONE;
        final List<String> calls = new ArrayList<>();

        @Override
        public Started begin(String name, String address, Instant now) {
            calls.add("begin " + name + " " + address);
            return new Started(42, history);
        }

        @Override
        public void refund(long failureId) {
            calls.add("refund " + failureId);
        }

        @Override
        public void succeeded(String name, String address) {
            calls.add("succeeded " + name);
        }

        @Override
        public Optional<LoginLock> failed(String name, Long accountId, Instant now) {
            calls.add("failed " + name + " account " + accountId);
            return Optional.empty();
        }
    }

    private final CountingHasher hasher = new CountingHasher();
    private final RecordingAttempts attempts = new RecordingAttempts();
    private final Map<String, User> accounts = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private LoginService service;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        service = new LoginService();
        service.users = new UserRepository(null) {
            @Override
            public Optional<User> findByUsername(String username) {
                lookups.add(username);
                return Optional.ofNullable(accounts.get(username));
            }
        };
        service.attempts = attempts;
        service.hasher = hasher;
        service.throttle = ShippedSettings.throttle();
        service.clock = TestClock.at(NOW);
        account(1, "zhang.wei");
        account(2, "li.disabled").disable();
        account(3, "wang.locked").lockUntil(NOW.plus(Duration.ofMinutes(30)));
        User mustChange = account(4, "zhao.imported");
        mustChange.requirePasswordChange();
    }

    private User account(long id, String name) throws ReflectiveOperationException {
        User user = new User(name, "某人", hasher.hash(PASSWORD), List.of(Role.OFFICER, Role.TRAINER), NOW);
        Field field = User.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(user, id);
        accounts.put(name, user);
        return user;
    }

    private SignIn attempt(String name, String password) {
        hasher.verifications = 0;
        attempts.calls.clear();
        lookups.clear();
        return service.authenticate(name, password, "10.1.2.3");
    }

    @Test
    void everyFailureCostsExactlyOneHashAndGetsTheSameAnswer() {
        List<SignIn> failures = new ArrayList<>();
        String[][] cases = {
            {"nobody", PASSWORD},
            {"zhang.wei", "wrong-password1"},
            {"li.disabled", PASSWORD},
            {"li.disabled", "wrong-password1"},
            {"wang.locked", PASSWORD},
            {"wang.locked", "wrong-password1"},
            {"张伟", PASSWORD},
            {"", ""},
            {"x".repeat(300), PASSWORD},
            {"zhang.wei", null}
        };
        for (String[] c : cases) {
            SignIn outcome = attempt(c[0], c[1]);
            assertThat(hasher.verifications).as("hashes for %s", c[0]).isEqualTo(1);
            assertThat(attempts.calls)
                    .as("counted for %s", c[0])
                    .last()
                    .asString()
                    .startsWith("failed ");
            failures.add(outcome);
        }
        assertThat(failures).allSatisfy(o -> assertThat(o).isEqualTo(SignIn.failed()));
    }

    @Test
    void aFailureIsCountedUnderTheTypedNameAndNamesTheAccountThatMayBeLocked() {
        attempt(" Zhang.Wei", "wrong-password1");
        assertThat(attempts.calls).last().isEqualTo("failed zhang.wei account 1");
        attempt("nobody", PASSWORD);
        assertThat(attempts.calls).last().isEqualTo("failed nobody account null");
    }

    @Test
    void aNameLongerThanAnyUsernameIsNotTakenForTheAccountItsFirst64CharactersName() throws Exception {
        String longest = "z" + "a".repeat(63);
        account(5, longest);
        SignIn refused = attempt(longest + "b", PASSWORD);
        assertThat(refused).isEqualTo(SignIn.failed());
        assertThat(attempts.calls)
                .as("counted under the 64 characters kept, for no account")
                .last()
                .isEqualTo("failed " + longest + " account null");
        assertThat(attempt(longest, PASSWORD).result()).isEqualTo(SignIn.Result.OK);
    }

    @Test
    void theRightPasswordCostsOneHashForgivesThisAddressAndTellsWhoSignedIn() {
        SignIn ok = attempt("  Zhang.Wei ", PASSWORD);
        assertThat(hasher.verifications).isEqualTo(1);
        assertThat(ok.result()).isEqualTo(SignIn.Result.OK);
        assertThat(ok.accountId()).isEqualTo(1);
        assertThat(ok.username()).isEqualTo("zhang.wei");
        assertThat(ok.groups()).containsExactlyInAnyOrder("OFFICER", "TRAINER");
        assertThat(ok.stamp()).isZero();
        assertThat(ok.mustChangePassword()).isFalse();
        assertThat(attempts.calls).containsExactly("begin zhang.wei 10.1.2.3", "succeeded zhang.wei");
        assertThat(lookups).as("one account lookup, by the normalised name").containsExactly("zhang.wei");

        assertThat(attempt("zhao.imported", PASSWORD).mustChangePassword()).isTrue();
    }

    @Test
    void aThrottledAttemptIsRefusedBeforeAnyHashingAndTakesItsRecordBack() {
        attempts.history = new LoginThrottle.History(7, NOW.minusSeconds(1), null);
        for (String name : new String[] {"zhang.wei", "nobody"}) {
            SignIn refused = attempt(name, PASSWORD);
            assertThat(refused.result()).as(name).isEqualTo(SignIn.Result.THROTTLED);
            assertThat(refused.waitSeconds()).isEqualTo(3);
            assertThat(hasher.verifications).isZero();
            assertThat(lookups)
                    .as("no account is looked up for a refused attempt")
                    .isEmpty();
            assertThat(attempts.calls).containsExactly("begin " + name + " 10.1.2.3", "refund 42");
        }
    }
}
