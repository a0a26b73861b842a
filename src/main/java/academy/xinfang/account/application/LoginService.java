package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.LoginPolicy;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a username and password. A locked account is refused even with the right password, so that guessing
 * cannot continue during the lockout; every wrong password on an existing account counts toward the lockout.
 */
@Stateless
@PermitAll
public class LoginService {
    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginPolicy policy;

    @Inject
    Clock clock;

    public LoginOutcome authenticate(String username, String password) {
        Optional<User> found;
        try {
            found = users.findByUsername(User.normaliseUsername(username));
        } catch (AccountException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            LOG.info(() -> "event=login.failed reason=unknown-user");
            return LoginOutcome.wrong();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (!user.isEnabled()) {
            LOG.info(() -> "event=login.failed reason=disabled user=" + user.getUsername());
            return new LoginOutcome(LoginOutcome.Status.DISABLED, user.getUsername(), Set.of(), null);
        }
        if (user.isLockedAt(now)) {
            LOG.info(() -> "event=login.failed reason=locked user=" + user.getUsername());
            return new LoginOutcome(LoginOutcome.Status.LOCKED, user.getUsername(), Set.of(), user.getLockedUntil());
        }
        if (!hasher.verify(password, user.getPasswordHash())) {
            user.recordFailedLogin(now, policy);
            boolean locked = user.isLockedAt(now);
            LOG.info(() -> "event=login.failed reason=password user=" + user.getUsername() + " failures="
                    + user.getFailedLogins() + " locked=" + locked);
            return locked
                    ? new LoginOutcome(LoginOutcome.Status.LOCKED, user.getUsername(), Set.of(), user.getLockedUntil())
                    : LoginOutcome.wrong();
        }
        user.recordSuccessfulLogin();
        LOG.info(() -> "event=login.ok user=" + user.getUsername());
        return new LoginOutcome(LoginOutcome.Status.OK, user.getUsername(), user.getRoles(), null);
    }
}
