package academy.xinfang.platform.web;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A per-session secret that a page keeping no server-side view state sends with its script's posts. Such a page has
 * no Faces view state, which is what makes a forged cross-site post fail on a stateful page; this token does it for
 * the plain servlets those scripts post to.
 */
public final class PostToken {
    private static final String ATTRIBUTE = "academy.postToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PostToken() {}

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

    public static boolean matches(HttpSession session, String given) {
        Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
        return token != null && given != null && MessageDigest.isEqual(((String) token).getBytes(), given.getBytes());
    }
}
