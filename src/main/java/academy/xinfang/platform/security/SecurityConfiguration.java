package academy.xinfang.platform.security;

import academy.xinfang.platform.web.ApiErrors;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.SameOrigin;
import academy.xinfang.platform.web.SessionToken;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form login through the standard {@code j_security_check}, done here rather than by the built-in form mechanism:
 * who signed in is kept in the session by us, and the groups are handed to the container on every request. The
 * built-in mechanism's session reuse ({@code @AutoApplySession}) makes Payara 6 rebuild the groups from the session,
 * and under concurrent load that loses them now and then (payara/Payara#6145, fixed after 6.2025.10): a signed-in
 * officer got a 403 on about one request in seven with 100 officers saving quiz answers at once.
 *
 * <p>A session holds no power of its own: every signed-in request reads the account's standing (one primary-key
 * query) and takes its roles from there. A session whose account is gone or disabled, or whose credentials version
 * (security stamp) differs from the one it signed in with, has ended: it is invalidated and the user is sent to the
 * login page with a notice. While the password must be changed, every page but the password page (and logout,
 * resources, error pages) leads there.
 *
 * <p>A protected page asked for without a session shows the login form in its place (a forward, as the built-in
 * mechanism does) and is remembered; after the login {@link LoginCompletionServlet} sends the user back to it. A
 * form posted without a session (it expired) leads to the login page with a "sign in again" notice instead. The
 * login post must carry the form's token ({@link LoginToken}) and come from this site; a failed login goes to the
 * login page with {@code error} set, where {@code LoginPage} shows one message for every failure (or the wait, when
 * throttled). Which paths need which role is declared in web.xml.
 */
@DeclareRoles({"OFFICER", "TRAINER", "ADMIN"})
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(SecurityConfiguration.class.getName());
    static final String CALLER = "academy.caller";
    /** The page a user asked for before logging in (path and query, GET only). */
    static final String SAVED_PAGE = "academy.savedPage";

    private static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** Who signed in on this session, and the version of their credentials at that moment. */
    record Caller(long id, String name, long stamp) implements Serializable {
        private static final long serialVersionUID = 2L;
    }

    @Inject
    CallerAccounts accounts;

    @Inject
    SignedInCaller signedInCaller;

    @Inject
    @ConfigProperty(name = "academy.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ApiErrors.isApiPath(path)) {
            return api(request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
            // styles and scripts are public; no account lookup for each of them
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            return signedIn(caller, session, path, request, response, context);
        }
        if ("POST".equals(request.getMethod()) && "/j_security_check".equals(path)) {
            return formLogin(request, response, context);
        }
        if (context.isProtected()) {
            if (!"GET".equals(request.getMethod())) {
                // a form posted after the session ended: its view cannot be restored on the login page, so the
                // browser is sent there afresh to sign in again
                return redirect(request, response, "/login.xhtml?expired=true");
            }
            rememberPage(request);
            return context.forward("/login.xhtml");
        }
        return context.doNothing();
    }

    private AuthenticationStatus signedIn(
            Caller caller,
            HttpSession session,
            String path,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context) {
        Optional<CallerAccounts.Standing> standing = accounts.standing(caller.id());
        String ended = standing.isEmpty()
                ? "gone"
                : !standing.get().enabled()
                        ? "disabled"
                        : standing.get().stamp() != caller.stamp() ? "credentials-changed" : null;
        if (ended != null) {
            LOG.info(() -> "event=session.ended user=" + caller.name() + " reason=" + ended);
            session.invalidate();
            rememberPage(request);
            return redirect(request, response, "/login.xhtml?ended=true");
        }
        if (standing.get().mustChangePassword() && !allowedBeforePasswordChange(path)) {
            return redirect(request, response, PASSWORD_PAGE);
        }
        signedInCaller.set(caller.id(), caller.name());
        return context.notifyContainerAboutLogin(caller.name(), standing.get().groups());
    }

    /** While the password must be changed: the password page, logging out from it, error pages and the login. */
    private static boolean allowedBeforePasswordChange(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.startsWith("/error/")
                || path.equals("/login.xhtml")
                || path.equals("/j_security_check");
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!SameOrigin.check(request, publicUrl)) {
            LOG.warning(() -> "event=login.refused reason=cross-site origin=" + request.getHeader("Origin")
                    + " address=" + request.getRemoteAddr());
            return context.redirect(request.getContextPath() + "/login.xhtml?expired=true");
        }
        if (!LoginToken.matches(request)) {
            // no session any more (expired) or a post not made from our form: ask to sign in again
            LOG.info(() -> "event=login.refused reason=token address=" + request.getRemoteAddr());
            return context.redirect(request.getContextPath() + "/login.xhtml?expired=true");
        }
        String username = request.getParameter("j_username");
        String password = request.getParameter("j_password");
        CallerAccounts.SignIn result = username == null || password == null
                ? CallerAccounts.SignIn.failed()
                : accounts.signIn(username, password, request.getRemoteAddr());
        return switch (result.result()) {
            case THROTTLED ->
                context.redirect(request.getContextPath() + "/login.xhtml?error=wait&seconds=" + result.waitSeconds());
            case FAILED -> context.redirect(request.getContextPath() + "/login.xhtml?error=true");
            case OK -> {
                // a new session id for the signed-in user, so an id planted before the login is worth nothing
                request.changeSessionId();
                HttpSession session = request.getSession();
                session.removeAttribute(LoginToken.ATTRIBUTE);
                SessionToken.forget(session);
                session.setAttribute(CALLER, new Caller(result.accountId(), result.username(), result.stamp()));
                signedInCaller.set(result.accountId(), result.username());
                yield context.notifyContainerAboutLogin(result.username(), result.groups());
            }
        };
    }

    /**
     * The JSON API authenticates every call with HTTP Basic and never with the browser session, so a page on another
     * site cannot use a signed-in administrator's cookie; a wrong or missing password gets 401, not the login page.
     * Failed attempts count towards the same throttle as the login form, and no call creates a session. Refusals are
     * problem details ({@link ApiErrors}); a throttled one adds {@code retryAfter} in seconds.
     */
    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                CallerAccounts.SignIn result = accounts.signIn(
                        decoded.substring(0, colon), decoded.substring(colon + 1), request.getRemoteAddr());
                switch (result.result()) {
                    case OK -> {
                        if (result.mustChangePassword()) {
                            Refusal refusal = Refusal.of(403, "api.mustChangePassword");
                            return problem(
                                    response,
                                    refusal.status(),
                                    ApiErrors.problem(refusal, ApiErrors.locale(request))
                                            .build());
                        }
                        signedInCaller.set(result.accountId(), result.username());
                        return context.notifyContainerAboutLogin(result.username(), result.groups());
                    }
                    case THROTTLED -> {
                        response.setHeader("Retry-After", String.valueOf(result.waitSeconds()));
                        Refusal refusal = Refusal.of(429, "api.throttled", result.waitSeconds());
                        return problem(
                                response,
                                refusal.status(),
                                ApiErrors.problem(refusal, ApiErrors.locale(request))
                                        .add("retryAfter", result.waitSeconds())
                                        .build());
                    }
                    case FAILED -> {
                        // answered below
                    }
                }
            }
        } else if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Xinfang Academy API\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, JsonObject body) {
        try {
            ApiErrors.write(response, status, body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Remembers a GET page so that signing in (again) leads back to it. */
    private static void rememberPage(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true)
                    .setAttribute(SAVED_PAGE, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
    }

    /**
     * Sends the browser elsewhere and ends the request: for a Faces ajax request with the partial response Faces'
     * script understands (a plain 302 would be followed by the XHR and the page would never move).
     */
    private static AuthenticationStatus redirect(
            HttpServletRequest request, HttpServletResponse response, String path) {
        String url = request.getContextPath() + path;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>" + "<redirect url=\""
                                + url.replace("&", "&amp;") + "\"></redirect></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * After the caller changed their own password: this session keeps going with the new credentials version, while
     * the account's other sessions end on their next request.
     */
    public static void keepSignedIn(HttpServletRequest request, long newStamp) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
            session.setAttribute(CALLER, new Caller(caller.id(), caller.name(), newStamp));
        }
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
