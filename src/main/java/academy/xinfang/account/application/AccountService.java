package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.PasswordPolicy;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.security.CallerAccounts.SignIn;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * What every signed-in user may do to their own account. It acts only on the caller, never on a given id. The
 * current password on the change form is checked like a sign-in (same throttle, same counting), so a stolen open
 * session cannot be used to guess it.
 */
@Stateless
@RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
public class AccountService {
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginService login;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public UserView me() {
        return UserView.of(caller(), clock.instant());
    }

    /**
     * Changes the caller's password and returns the new security stamp, which the caller's own session keeps while
     * the account's other sessions end.
     */
    public long changeOwnPassword(String currentPassword, String newPassword, String clientAddress) {
        User user = caller();
        PasswordPolicy.check(newPassword, user.getUsername());
        if (newPassword.equals(currentPassword)) {
            throw new AccountException("password.unchanged");
        }
        SignIn check = login.authenticate(user.getUsername(), currentPassword, clientAddress);
        if (check.result() == SignIn.Result.THROTTLED) {
            throw new AccountException("login.throttled", check.waitSeconds());
        }
        if (check.result() != SignIn.Result.OK) {
            throw new AccountException("password.currentWrong");
        }
        user.choosePassword(hasher.hash(newPassword));
        LOG.info(() -> "event=password.changed user=" + user.getUsername());
        return user.getSecurityStamp();
    }

    private User caller() {
        String name = session.getCallerPrincipal().getName();
        return users.findByUsername(name).orElseThrow(() -> new AccountException("user.notFound", name));
    }
}
