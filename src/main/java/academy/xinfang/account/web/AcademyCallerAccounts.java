package academy.xinfang.account.web;

import academy.xinfang.account.application.LoginService;
import academy.xinfang.account.domain.Role;
import academy.xinfang.platform.security.CallerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The authentication mechanism's view of our accounts: roles become groups, which web.xml and @RolesAllowed check. */
@ApplicationScoped
public class AcademyCallerAccounts implements CallerAccounts {
    @Inject
    LoginService loginService;

    @Override
    public SignIn signIn(String username, String password, String clientAddress) {
        return loginService.authenticate(username, password, clientAddress);
    }

    @Override
    public Optional<Standing> standing(long accountId) {
        return loginService.standing(accountId)
                .map(s -> new Standing(s.enabled(), s.securityStamp(), s.mustChangePassword(), groups(s.roles())));
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
