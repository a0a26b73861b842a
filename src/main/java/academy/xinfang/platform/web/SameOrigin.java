package academy.xinfang.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a post comes from a page of this site, by the browser's {@code Origin} (or, without it, {@code Referer}):
 * the login form's check against login CSRF (LoginToken), and the top bar's language switch of a visitor without a
 * session (TopBarServlet).
 */
public final class SameOrigin {
    private SameOrigin() {}

    /**
     * Whether the request comes from a page of this site: its Origin (else Referer) names the host it was sent to, or
     * the public address the academy is configured with (a proxy may rewrite the Host header). Browsers send at least
     * one of them with a form POST; a request with neither relies on the login token alone, or, for a visitor's
     * language switch, sets no more than a cookie.
     */
    public static boolean check(HttpServletRequest request, String publicUrl) {
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
