package academy.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Defences of the login form against a cross-site POST that would sign a browser in as someone else (login CSRF): a
 * random token kept in the session and put in a hidden field of the form, and the browser's {@code Origin} (or,
 * without it, {@code Referer}) checked against the host the request was sent to ({@code platform.web.SameOrigin}).
 */
public final class LoginToken {
    /** Request parameter of the hidden field on login.xhtml. */
    public static final String PARAMETER = "academy_login_token";

    static final String ATTRIBUTE = "academy.loginToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LoginToken() {}

    /** The session's token, made on first use; the login page puts it in its form. */
    public static String of(HttpSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String s) {
            return s;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, made);
        return made;
    }

    /** Whether the posted token is the one of this session (false without a session: it has expired). */
    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String posted = request.getParameter(PARAMETER);
        return expected instanceof String e
                && posted != null
                && MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
    }
}
