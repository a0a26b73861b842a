package academy.xinfang.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * After a form login the container replays the page the user first asked for inside a wrapped request
 * ({@code RequestFacadeWrapper}); in that one request Payara does not grant the caller's roles to EJB calls, so a
 * page calling a role-checked service showed the error page. Reloading the page as an ordinary request (a redirect
 * to the same URL) gives it the full identity. A session flag makes sure this happens at most once in a row.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class LoginReplayFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String REDIRECTED = "academy.loginReplayRedirected";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = req.getSession(false);
        boolean replay = req.getClass().getName().endsWith("RequestFacadeWrapper") && req.getUserPrincipal() != null;
        if (replay && "GET".equals(req.getMethod()) && session != null && session.getAttribute(REDIRECTED) == null) {
            session.setAttribute(REDIRECTED, Boolean.TRUE);
            String query = req.getQueryString();
            res.sendRedirect(req.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        if (!replay && session != null && session.getAttribute(REDIRECTED) != null) {
            session.removeAttribute(REDIRECTED);
        }
        chain.doFilter(req, res);
    }
}
