package academy.xinfang.account.application;

import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.security.CallerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The authentication mechanism's view of our accounts (an adapter, not a service): roles become groups, which web.xml
 * and @RolesAllowed check. A sign-in goes through {@link LoginService}; the standing, read on every signed-in request,
 * is one query of the repository, without a transaction or a security check of its own: it only reads.
 */
@ApplicationScoped
public class AcademyCallerAccounts implements CallerAccounts {
    @Inject
    LoginService loginService;

    @Inject
    UserRepository users;

    @Override
    public SignIn signIn(String username, String password, String clientAddress) {
        return loginService.authenticate(username, password, clientAddress);
    }

    @Override
    public Optional<Standing> standing(long accountId) {
        return users.standing(accountId);
    }
}
