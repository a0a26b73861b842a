package academy.xinfang.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What the top bar's plain form posts to {@link TopBarServlet}: the session's token (when there is a session) and the
 * page to come back to, this page's own address as the browser asked for it.
 */
@Named
@RequestScoped
public class TopBar {
    /** Where the form posts, under the context path. */
    public static final String PATH = "/top-bar";

    static final String LANGUAGE = "language";
    static final String SIGN_OUT = "signOut";
    static final String BACK = "back";

    @Inject
    HttpServletRequest request;

    /** The session's token; none for a visitor without a session (then the form carries none). */
    public String getToken() {
        HttpSession session = request.getSession(false);
        return session == null ? null : SessionToken.of(session);
    }

    /**
     * The address the browser asked for, without the context path: for an error page or a page forwarded to (the
     * login page in front of a protected one), the original one.
     */
    public String getBack() {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = null;
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path =
                uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return query == null ? path : path + "?" + query;
    }

    /**
     * The posted page to go back to, when it is a path of this site: anything else (another site's address, "//host",
     * a backslash some browsers read as a slash, a line break) goes to the home page.
     */
    static String back(String posted) {
        boolean local = posted != null
                && posted.startsWith("/")
                && !posted.startsWith("//")
                && posted.chars().noneMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
        return local ? posted : "/";
    }

    public String getPath() {
        return PATH;
    }

    /** The tab this page belongs to ({@link Tabs}), for the navigation's current mark. */
    public String getTab() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? ""
                : Tabs.of(faces.getViewRoot().getViewId());
    }
}
