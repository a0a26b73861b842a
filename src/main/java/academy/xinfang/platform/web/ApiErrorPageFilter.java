package academy.xinfang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error pages of web.xml, for a call of the API: problem details instead of the HTML page. The container sends an
 * API call there when it refuses it before JAX-RS sees it (a role that may not call the API: 403) or when the
 * authentication mechanism asks for credentials (401); a {@link Refusal} a filter left as the reason is its detail.
 */
public class ApiErrorPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path)
                || !ApiErrors.isApiPath(path.substring(
                        Math.min(path.length(), request.getContextPath().length())))) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (request.getAttribute(Refusals.ATTRIBUTE) instanceof Refusal refusal && refusal.status() == status) {
            ApiErrors.write(request, response, refusal);
        } else {
            ApiErrors.write(request, response, status, path);
        }
    }
}
