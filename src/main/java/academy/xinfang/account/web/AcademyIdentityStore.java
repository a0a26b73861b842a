package academy.xinfang.account.web;

import academy.xinfang.account.application.LoginOutcome;
import academy.xinfang.account.application.LoginService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;

/** Jakarta Security's view of our accounts: roles become groups, which web.xml and @RolesAllowed check. */
@ApplicationScoped
public class AcademyIdentityStore implements IdentityStore {
    /**
     * Session attribute through which the login page learns why a login failed: the form mechanism redirects to the
     * error page, so a request attribute would be lost.
     */
    public static final String OUTCOME_ATTRIBUTE = "academy.login.outcome";

    @Inject
    LoginService loginService;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = loginService.authenticate(credential.getCaller(), credential.getPasswordAsString());
        if (outcome.status() != LoginOutcome.Status.OK) {
            request.getSession().setAttribute(OUTCOME_ATTRIBUTE, outcome);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.username(),
                outcome.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
