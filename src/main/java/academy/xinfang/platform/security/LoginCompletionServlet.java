package academy.xinfang.platform.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where a successful login posted to {@code j_security_check} lands: back on the page the user asked for before
 * logging in, or on the home page (which sends each role to its own).
 */
@WebServlet("/j_security_check")
public class LoginCompletionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpSession session = req.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SecurityConfiguration.SAVED_PAGE);
        if (session != null) {
            session.removeAttribute(SecurityConfiguration.SAVED_PAGE);
        }
        // only a path of this application, never a URL someone slipped in
        boolean local =
                saved instanceof String path && path.startsWith(req.getContextPath() + "/") && !path.startsWith("//");
        resp.sendRedirect(local ? (String) saved : req.getContextPath() + "/");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.sendRedirect(req.getContextPath() + "/");
    }
}
