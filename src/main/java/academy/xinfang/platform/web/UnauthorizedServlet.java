package academy.xinfang.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of a 401 (web.xml's error page for it): only the JSON API answers 401, so problem details ({@link
 * ApiErrors}) instead of the server's HTML error report, which named the server. Being an error page, the answer also
 * passes {@link SecurityHeadersFilter}, which the authentication step that refused the call runs before.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object uri = req.getAttribute("jakarta.servlet.error.request_uri");
        ApiErrors.write(
                req, resp, HttpServletResponse.SC_UNAUTHORIZED, uri instanceof String s ? s : req.getRequestURI());
    }
}
