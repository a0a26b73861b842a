package academy.xinfang.quiz.web;

import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A per-session secret the attempt page sends with every answer. Answers go to a plain servlet (so the page can
 * retry them after a lost connection without a Faces view), and this token is what makes a forged cross-site post
 * fail there.
 */
public final class AnswerToken {
    private static final String ATTRIBUTE = "academy.quiz.answerToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AnswerToken() {}

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
