package academy.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Defences of the login form against a cross-site POST that would sign a browser in as someone else (login CSRF): a
 * random token kept in the session and put in a hidden field of the form, and the browser's {@code Origin} (or,
 * without it, {@code Referer}) checked against the host the request was sent to.
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

    /**
     * Whether the request comes from a page of this site: its Origin (else Referer) names the host it was sent to, or
     * the public address the academy is configured with (a proxy may rewrite the Host header). Browsers send at least
     * one of them with a form POST; a request with neither relies on the token alone.
     */
    static boolean sameOrigin(HttpServletRequest request, String publicUrl) {
        String source = request.getHeader("Origin");
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return true;
        }
        String from = authority(source);
        if (from == null) {
            return false;
        }
        String host = request.getHeader("Host");
        return from.equals(hostAuthority(host, request.getScheme())) || from.equals(authority(publicUrl));
    }

    /** host:port of a URL, lower case, with the scheme's default port when none is given; null when unreadable. */
    static String authority(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort();
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String hostAuthority(String host, String scheme) {
        return host == null || host.isBlank() ? null : authority(scheme + "://" + host.strip());
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
