package academy.xinfang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * Keeps Mojarra's flash cookie away from Faces, both ways. Mojarra keeps the flash in the memory of the node that
 * made it and names it in a cookie encrypted with a key that node drew at start: on another node of a cluster (after
 * a failover, or with round-robin balancing), and for any cookie a client made up, the cookie cannot be read and every
 * page of that user answered 500 until the cookie expired. The application keeps nothing in the flash (messages that
 * outlive a redirect are kept in the session, which moves with the user: {@code platform.i18n.RedirectMessages}), so
 * Faces never sees such a cookie and never sets one.
 */
public class FlashCookieFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The name of Mojarra's flash cookie ({@code com.sun.faces.context.flash.ELFlash}). */
    static final String FLASH_COOKIE = "csfcfc";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutFlashCookie(request), new SettingNoFlashCookie(response));
    }

    private static final class WithoutFlashCookie extends HttpServletRequestWrapper {
        WithoutFlashCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] all = super.getCookies();
            if (all == null) {
                return null;
            }
            Cookie[] kept = Arrays.stream(all)
                    .filter(c -> !FLASH_COOKIE.equals(c.getName()))
                    .toArray(Cookie[]::new);
            // the servlet API answers null, not an empty array, when a request has no cookies
            return kept.length == 0 ? null : kept;
        }
    }

    private static final class SettingNoFlashCookie extends HttpServletResponseWrapper {
        SettingNoFlashCookie(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (!FLASH_COOKIE.equals(cookie.getName())) {
                super.addCookie(cookie);
            }
        }
    }
}
