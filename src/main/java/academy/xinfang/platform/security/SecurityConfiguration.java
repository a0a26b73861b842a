package academy.xinfang.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through the standard {@code j_security_check}. A failed login is forwarded back to the login page with
 * {@code error} set, where {@code LoginPage} explains lockouts. Which paths need which role is declared in web.xml.
 */
@FormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?error=true"))
@DeclareRoles({"OFFICER", "TRAINER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration {}
