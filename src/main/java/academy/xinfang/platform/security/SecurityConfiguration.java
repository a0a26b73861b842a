package academy.xinfang.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Form login through the standard {@code j_security_check}, done here rather than by the built-in form mechanism:
 * the caller and groups are kept in the session by us and handed to the container on every request. The built-in
 * mechanism's session reuse ({@code @AutoApplySession}) makes Payara 6 rebuild the groups from the session, and under
 * concurrent load that loses them now and then (payara/Payara#6145, fixed after 6.2025.10): a signed-in officer got a
 * 403 on about one request in seven with 100 officers saving quiz answers at once.
 *
 * <p>A protected page asked for without a session shows the login form in its place (a forward, as the built-in
 * mechanism does) and is remembered; after the login {@link LoginCompletionServlet} sends the user back to it. A
 * failed login goes to the login page with {@code error} set, where {@code LoginPage} explains lockouts. Which paths
 * need which role is declared in web.xml.
 */
@DeclareRoles({"OFFICER", "TRAINER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {
    static final String CALLER = "academy.caller";
    /** The page a user asked for before logging in (path and query, GET only). */
    static final String SAVED_PAGE = "academy.savedPage";

    /** Who signed in on this session, with the groups the identity store gave at login. */
    record Caller(String name, Set<String> groups) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return api(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/j_security_check")) {
            String username = request.getParameter("j_username");
            String password = request.getParameter("j_password");
            CredentialValidationResult result = username == null || password == null
                    ? CredentialValidationResult.INVALID_RESULT
                    : identityStores.validate(new UsernamePasswordCredential(username, password));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return context.redirect(request.getContextPath() + "/login.xhtml?error=true");
            }
            // a new session id for the signed-in user, so an id planted before the login is worth nothing
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(CALLER,
                    new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(SAVED_PAGE,
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            }
            return context.forward("/login.xhtml");
        }
        return context.doNothing();
    }

    /**
     * The JSON API authenticates every call with HTTP Basic and never with the browser session, so a page on another
     * site cannot use a signed-in administrator's cookie; a wrong or missing password gets 401, not the login page.
     * Failed attempts count towards the same lockout as the login form.
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                        decoded.substring(0, colon), decoded.substring(colon + 1)));
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
        } else if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Xinfang Academy API\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
