package academy.xinfang.platform.web;

import academy.xinfang.platform.ControlCharacters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The first look at every request, before any page, servlet or REST resource reads it: a body larger than the
 * application ever accepts is answered 413 before it is read, and a parameter or uploaded file name that no browser
 * sends from typed text (a NUL or another control character, a file name longer than file systems allow) is answered
 * 400 naming the field. Such input never reaches a service or the database (MariaDB and H2 treat NUL differently),
 * and the answer is a page in the user's language instead of the 500 the container gives an oversized post.
 *
 * <p>Limits, chosen from what the forms take: an upload (multipart) is at most {@link #MAX_MULTIPART_BYTES}, the
 * largest file any form accepts being a 5 MB speech (question banks take 512 KB, officer lists 2 MB; each form refuses
 * its own limit with its own message). A plain form post is at most {@link #MAX_FORM_BYTES}, Payara's default
 * {@code max-post-size-bytes}, which stays as it is: the largest form field is the draft editor's Markdown, and a
 * speech converts to at most 200,000 characters, about 1.8 MB when Chinese is URL-encoded. Any other body (the CSV of
 * {@code POST /api/officers}) is held to the multipart limit here and to its own limit by its reader.
 *
 * <p>The login post ({@code j_security_check}) is read by the authentication mechanism, which runs before any filter.
 */
public class RequestGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

    public static final long MAX_MULTIPART_BYTES = 6L * 1024 * 1024;
    public static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** The longest file name common file systems (ext4, NTFS) allow. */
    public static final int MAX_FILE_NAME = 255;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Refused refused = check(request);
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        Refusal refusal = refused.refusal();
        LOG.warning(() -> "event=request.refused status=" + refusal.status() + " reason=" + refusal.key() + " uri="
                + request.getRequestURI() + " user=" + request.getRemoteUser());
        if (refusal.status() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            // The body was not read: tell the client not to send more of it on this connection.
            response.setHeader("Connection", "close");
        }
        if (ApiErrors.isApi(request)) {
            // The API answers problem details, in the caller's language.
            ApiErrors.write(request, response, refusal);
            return;
        }
        if (refused.withoutFaces()) {
            RefusalPage.write(request, response, refusal);
            return;
        }
        Refusals.send(request, response, refusal);
    }

    /**
     * A refusal, and whether its page must be written without Faces: when the body cannot be parsed, since everything
     * that renders a Faces page asks for the parameters again (Weld looks for a conversation id in the original
     * request), and for a form post without its CSP nonce, which would make PrimeFaces refuse the error page's own
     * rendering as well.
     */
    private record Refused(Refusal refusal, boolean withoutFaces) {
        static Refused byErrorPage(Refusal refusal) {
            return new Refused(refusal, false);
        }

        static Refused withoutFaces(Refusal refusal) {
            return new Refused(refusal, true);
        }
    }

    private static Refused check(HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/form-data");
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        long length = request.getContentLengthLong();
        long limit = form ? MAX_FORM_BYTES : MAX_MULTIPART_BYTES;
        if (length > limit) {
            return Refused.withoutFaces(tooLarge(length, limit));
        }
        Map<String, String[]> parameters;
        Collection<Part> parts = List.of();
        try {
            parameters = request.getParameterMap();
            if (multipart && "POST".equals(request.getMethod())) {
                parts = parts(request);
            }
        } catch (RuntimeException | ServletException | IOException e) {
            // A body without a declared length found too large while read, or a multipart body that is not one.
            return Refused.withoutFaces(sizeProblem(e) ? tooLarge(-1, limit) : Refusal.of(400, "request.malformed"));
        }
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            int bad = ControlCharacters.indexIn(p.getKey());
            if (bad >= 0) {
                return Refused.byErrorPage(
                        Refusal.of(400, "request.controlCharacter", shown(p.getKey()), codePoint(p.getKey(), bad)));
            }
            for (String value : p.getValue()) {
                bad = ControlCharacters.indexIn(value);
                if (bad >= 0) {
                    return Refused.byErrorPage(
                            Refusal.of(400, "request.controlCharacter", shown(p.getKey()), codePoint(value, bad)));
                }
            }
        }
        if ("POST".equals(request.getMethod())
                && parameters.containsKey("jakarta.faces.ViewState")
                && !wellFormedNonce(parameters.get(CspNonceFormRenderer.NONCE_PARAMETER))) {
            // the words of the stale-form page (error/expired.xhtml), which a form with a nonce of no view gets
            return Refused.withoutFaces(Refusal.of(400, "error.expired.text"));
        }
        for (Part part : parts) {
            String name = part.getSubmittedFileName();
            if (name == null) {
                continue;
            }
            if (name.length() > MAX_FILE_NAME) {
                return Refused.byErrorPage(Refusal.of(400, "request.fileNameTooLong", name.length(), MAX_FILE_NAME));
            }
            int bad = ControlCharacters.indexIn(name);
            if (bad >= 0) {
                return Refused.byErrorPage(Refusal.of(400, "request.fileNameControl", codePoint(name, bad)));
            }
        }
        return null;
    }

    /** The parts of a multipart request to a servlet that takes them (the Faces servlet); none for any other. */
    private static Collection<Part> parts(HttpServletRequest request) throws IOException, ServletException {
        try {
            return request.getParts();
        } catch (IllegalStateException e) {
            if (sizeProblem(e)) {
                throw e;
            }
            // no multipart configuration on the target servlet: it never reads the parts
            return List.of();
        }
    }

    /** Catalina's file upload and Grizzly say so in their messages only ("exceeds the configured maximum", "Post too large"). */
    private static boolean sizeProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    private static Refusal tooLarge(long length, long limit) {
        double limitMb = limit / 1024.0 / 1024.0;
        return length < 0
                ? Refusal.of(413, "request.tooLargeUnknown", limitMb)
                : Refusal.of(413, "request.tooLarge", length / 1024.0 / 1024.0, limitMb);
    }

    /**
     * Every form of ours carries the view's CSP nonce, which PrimeFaces checks on the postback: a post without one, or
     * with one that is not what PrimeFaces generates (Base64 of a UUID), was not made from our page. PrimeFaces would
     * throw, and throw again while rendering the error page of the same request, so the form is refused here. A
     * well-formed nonce that differs from the view's is refused by PrimeFaces and mapped in web.xml.
     */
    static boolean wellFormedNonce(String[] values) {
        if (values == null || values.length != 1 || values[0].isEmpty() || values[0].length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(values[0]), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String codePoint(String s, int index) {
        return String.format(Locale.ROOT, "U+%04X", (int) s.charAt(index));
    }

    /** A field name as the message shows it: without its control characters, and not endless. */
    private static String shown(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
    }
}
