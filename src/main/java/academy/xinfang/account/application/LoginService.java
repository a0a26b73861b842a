package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.LoginFailure;
import academy.xinfang.account.domain.LoginThrottle;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.security.CallerAccounts.SignIn;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks a name and password from a client address. Rules: an attempt that must wait ({@link LoginThrottle}) is
 * refused before its password is checked; every other attempt costs exactly one password hash, also for a name
 * without an account (against a dummy hash) and for a disabled or locked account, and every failure gets the same
 * answer, so that neither the answer nor its time tells which names exist or what state an account is in.
 */
@Stateless
@PermitAll
public class LoginService {
    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** The answer in the form the authentication mechanism takes: roles as group names, the wait in seconds. */
    public SignIn authenticate(String typedName, String password, String clientAddress) {
        String name = LoginFailure.nameKey(typedName);
        String address = LoginFailure.addressKey(clientAddress);
        Instant now = clock.instant();
        LoginAttempts.Started started = attempts.begin(name, address, now);
        Duration wait = throttle.waitBefore(started.history(), now);
        if (wait.compareTo(Duration.ZERO) > 0) {
            attempts.refund(started.failureId());
            long seconds = LoginThrottle.seconds(wait);
            LOG.info(() ->
                    "event=login.throttled user=" + loggable(name) + " address=" + address + " waitSeconds=" + seconds);
            return SignIn.throttled(seconds);
        }
        Optional<User> found = account(typedName);
        String hash = found.map(User::getPasswordHash).orElseGet(hasher::dummyHash);
        boolean matches = hasher.verify(password == null ? "" : password, hash);
        if (matches
                && found.isPresent()
                && found.get().isEnabled()
                && !found.get().isLockedAt(now)) {
            User user = found.get();
            attempts.succeeded(name, address);
            LOG.info(() -> "event=login.ok user=" + user.getUsername() + " address=" + address);
            return SignIn.ok(
                    user.getId(),
                    user.getUsername(),
                    user.getRoles().stream().map(Enum::name).collect(Collectors.toSet()),
                    user.getSecurityStamp(),
                    user.isMustChangePassword());
        }
        attempts.failed(name, found.map(User::getId).orElse(null), now);
        LOG.info(() -> "event=login.failed reason=" + reason(found, matches, now)
                + found.map(u -> " user=" + u.getUsername()).orElse("") + " address=" + address);
        return SignIn.failed();
    }

    /** For the log only: the user is told the same whatever the reason. */
    private static String reason(Optional<User> found, boolean matches, Instant now) {
        if (found.isEmpty()) {
            return "unknown-user";
        }
        if (!found.get().isEnabled()) {
            return "disabled";
        }
        if (found.get().isLockedAt(now)) {
            return "locked";
        }
        return matches ? "unknown" : "password";
    }

    /**
     * The account of the name as typed, normalised as usernames are; none for a name no account can have (also one
     * longer than a username, which its truncated {@link LoginFailure#nameKey} must not turn into another's).
     */
    private Optional<User> account(String typedName) {
        try {
            return users.findByUsername(User.normaliseUsername(typedName));
        } catch (AccountException malformed) {
            return Optional.empty();
        }
    }

    /** A typed name as one field of a log line: white space and control characters cannot start a field or line. */
    private static String loggable(String name) {
        return name.isEmpty() ? "?" : name.replaceAll("[\\s\\p{Cntrl}]", "?");
    }
}
