package academy.xinfang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;

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

    /**
     * The start of the names of the session attributes of Mojarra's flash ({@code com.sun.faces.context.flash
     * .SessionHelper}: {@code csfcffFIM}, the map, and {@code csfcffFSAL}, its listener).
     */
    static final String FLASH_SESSION_PREFIX = "csfcff";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(new WithoutFlashCookie(request), new SettingNoFlashCookie(response));
        } finally {
            // a page rendered before the filters (the login page the authentication forwards to) did put the map in
            dropFlashMap(request.getSession(false));
        }
    }

    private static void dropFlashMap(HttpSession session) {
        try {
            if (session != null) {
                for (String name : Collections.list(session.getAttributeNames())) {
                    if (WithoutFlashMap.flash(name)) {
                        session.removeAttribute(name);
                    }
                }
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request: nothing left
        }
    }

    private static final class WithoutFlashCookie extends HttpServletRequestWrapper {
        WithoutFlashCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            return session == null ? null : new WithoutFlashMap(session);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
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

    /**
     * The session as Faces sees it, without Mojarra's flash map: in a {@code <distributable/>} application Mojarra puts
     * its one map of every user's flash into every session (so that it moves with any of them), after each request
     * that touches the flash. Every session then carried an entry for every other session that had used the flash, its
     * size grew with the number of users (about 90 bytes each), and the session changed on every page, so that the
     * cluster's store wrote it every time. Nothing is kept in the flash.
     */
    private static final class WithoutFlashMap implements HttpSession {
        private final HttpSession session;

        WithoutFlashMap(HttpSession session) {
            this.session = session;
        }

        private static boolean flash(String name) {
            return name.startsWith(FLASH_SESSION_PREFIX);
        }

        @Override
        public Object getAttribute(String name) {
            return flash(name) ? null : session.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (!flash(name)) {
                session.setAttribute(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            if (!flash(name)) {
                session.removeAttribute(name);
            }
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(Collections.list(session.getAttributeNames()).stream()
                    .filter(n -> !flash(n))
                    .toList());
        }

        @Override
        public long getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public long getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public ServletContext getServletContext() {
            return session.getServletContext();
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public int getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public void invalidate() {
            session.invalidate();
        }

        @Override
        public boolean isNew() {
            return session.isNew();
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
