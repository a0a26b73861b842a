package academy.xinfang.platform.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A per-session secret that posts outside Faces send back: the attempt page's answers (AnswerServlet, so that the page
 * can retry them after a lost connection without a Faces view) and the top bar's language switch and sign-out
 * (TopBarServlet, so that pages keep no view state on the server). Where no Faces view state is posted, this token is
 * what makes a forged cross-site post fail. One string in the session, made on first use.
 */
public final class SessionToken {
    /** Request parameter that carries it. */
    public static final String PARAMETER = "token";

    private static final String ATTRIBUTE = "academy.sessionToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionToken() {}

    public static String of(HttpSession session) {
        synchronized (session.getId().intern()) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return (String) token;
        }
    }

    /**
     * Drops the token at sign-in: a token a visitor's page was given before (the login page's top bar) would otherwise
     * outlive the change of session id that makes an id planted before the sign-in worthless.
     */
    public static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    public static boolean matches(HttpSession session, String given) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token != null
                && given != null
                && MessageDigest.isEqual(
                        ((String) token).getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
