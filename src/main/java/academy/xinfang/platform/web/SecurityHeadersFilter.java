package academy.xinfang.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries. {@code Cache-Control: no-store} on everything but static resources: township offices
 * share PCs, and a page kept in the browser's cache came back with the Back button after its officer had signed out.
 * The Content-Security-Policy of pages is written by PrimeFaces with the page's nonce ({@code primefaces.CSP_POLICY}
 * in web.xml), so it is not set here. Declared in web.xml ahead of {@link RequestGuard}, so that the refusals it writes
 * carry these headers too (filters declared in web.xml run before annotated ones).
 */
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStatic(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Scripts, styles and images that are the same for everyone, and may be cached. */
    static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
