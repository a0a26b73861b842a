package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Shows each unexpected error's id, which the log holds beside the stack trace, so a report from a county office
 * ("error 3f9a…") leads straight to the cause. For an expected refusal (a 4xx with a
 * {@link Refusal}) it gives the specific reason instead, in the page's language.
 */
@Named
@RequestScoped
public class ErrorPage {
    /** The statuses the bundles have a title and a text for ({@code error.404.title}, {@code error.404.text}). */
    private static final Set<Integer> STATUSES = Set.of(400, 403, 404, 503);

    /**
     * The id OmniFaces gave the error when it logged it with its stack trace (FacesExceptionFilter for a full request,
     * FullAjaxExceptionHandler for an ajax one), so the page and the log show the same one; null for the page opened
     * by itself.
     */
    public String getErrorId() {
        return requestMap().get(FullAjaxExceptionHandler.EXCEPTION_UUID) instanceof String id ? id : null;
    }

    /**
     * The status error/status.xhtml shows, which chooses its title and default text: the one web.xml sent there (400,
     * 403, 404, 503); 404 for the page opened by itself.
     */
    public int getStatus() {
        return requestMap().get("jakarta.servlet.error.status_code") instanceof Integer status
                        && STATUSES.contains(status)
                ? status
                : HttpServletResponse.SC_NOT_FOUND;
    }

    /** Why the request was refused, when the code that refused it said so; null otherwise. */
    public String getDetail() {
        return requestMap().get(Refusals.ATTRIBUTE) instanceof Refusal r
                ? Messages.text(r.key(), r.arguments().toArray())
                : null;
    }

    /**
     * The page the refused request was for, to open it again (a GET: nothing is sent twice), with the context path
     * (the container's request URI has it); null when the request was not for a page.
     */
    public String getRetryUrl() {
        var request = requestMap();
        Object uri = request.get("jakarta.servlet.error.request_uri");
        if (!(uri instanceof String path) || !path.endsWith(".xhtml")) {
            return null;
        }
        Object query = request.get("jakarta.servlet.error.query_string");
        return query instanceof String q && !q.isEmpty() ? path + "?" + q : path;
    }

    /**
     * A form posted with a view state the server no longer has (the session ended, or the state id was made up) is
     * the client's request gone stale, not a server fault: answer 400 rather than the 500 the container gives every
     * exception-mapped error page. Ajax requests keep 200, since the browser's Faces script only shows the page it
     * gets in a partial response that succeeded (so do the ajax refusals of {@link Refusals#send(Refusal)}).
     */
    public void staleForm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // the page opened by itself (a link, a bookmark) is just a page
        boolean refused = requestMap().get("jakarta.servlet.error.exception") != null;
        if (refused && !faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static Map<String, Object> requestMap() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
    }
}
