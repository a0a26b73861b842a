package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.LocaleBean;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The top bar's language switch and sign-out, a plain form on every page ({@link TopBar}): as a Faces form it made
 * every page keep its view on the server, in the session, for up to 15 pages. Without a Faces view state, the
 * session's {@link SessionToken} is what makes a forged post fail: without it the officer is not signed out, nor is
 * the language changed. Without any session there is nobody to sign out; the language cookie is then set only for a
 * post from a page of this site (its Origin or Referer). Either way the browser goes back to the page it came from.
 */
@WebServlet(TopBar.PATH)
public class TopBarServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TopBarServlet.class.getName());

    @Inject
    @ConfigProperty(name = "academy.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        String language = req.getParameter(TopBar.LANGUAGE);
        HttpSession session = req.getSession(false);
        if (session == null) {
            if (language != null && SameOrigin.check(req, publicUrl)) {
                LocaleBean.remember(req, resp, language);
            }
            resp.sendRedirect(req.getContextPath() + TopBar.back(req.getParameter(TopBar.BACK)));
            return;
        }
        if (!SessionToken.matches(session, req.getParameter(SessionToken.PARAMETER))) {
            // a forged cross-site post, or a page from an earlier session: worth seeing in the log
            LOG.warning(() -> "event=topbar.refused reason=token user=" + req.getRemoteUser());
            Refusals.send(req, resp, Refusal.of(HttpServletResponse.SC_FORBIDDEN, "error.expired.text"));
            return;
        }
        if (req.getParameter(TopBar.SIGN_OUT) != null) {
            req.logout();
            session.invalidate();
            resp.sendRedirect(req.getContextPath() + "/");
            return;
        }
        if (language != null) {
            LocaleBean.remember(req, resp, language);
        }
        resp.sendRedirect(req.getContextPath() + TopBar.back(req.getParameter(TopBar.BACK)));
    }
}
