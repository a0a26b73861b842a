package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.PasswordPolicy;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** What every signed-in user may do to their own account. It acts only on the caller, never on a given id. */
@Stateless
@RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
public class AccountService {
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Resource
    SessionContext session;

    public UserView me() {
        return UserView.of(caller());
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        User user = caller();
        if (!hasher.verify(currentPassword, user.getPasswordHash())) {
            throw new AccountException("password.currentWrong");
        }
        PasswordPolicy.check(newPassword, user.getUsername());
        if (newPassword.equals(currentPassword)) {
            throw new AccountException("password.unchanged");
        }
        user.changePasswordHash(hasher.hash(newPassword));
        LOG.info(() -> "event=password.changed user=" + user.getUsername());
    }

    private User caller() {
        String name = session.getCallerPrincipal().getName();
        return users.findByUsername(name).orElseThrow(() -> new AccountException("user.notFound", name));
    }
}
