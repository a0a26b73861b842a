package academy.xinfang.content.web;

import academy.xinfang.content.application.ContentException;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.content.application.ReadingView;
import academy.xinfang.platform.i18n.LocaleBean;
import academy.xinfang.platform.web.ScriptReplies;
import academy.xinfang.platform.web.SessionToken;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * The module page's reading report: {@code POST id, v} (1 when the page is visible), {@code s} (the section ids on
 * screen, separated by spaces), {@code n} (1 on the first report of a page view) and {@code token} (the session's
 * {@link SessionToken}, so that a cross-site post is refused). Durations are never taken from the page: the service
 * times the gaps between reports with the server's clock. Answered with the progress panel in JSON
 * ({@link ReadingPanel#json}); a report that cannot count (the module went offline, or it collided with the same
 * reader's report from another device) is dropped with {@code status DROPPED}. Under /learn/, so only signed-in users
 * reach it; the service acts for the caller only.
 */
@WebServlet("/learn/reading")
public class ReadingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PARAM_LENGTH = 1000;
    private static final Logger LOG = Logger.getLogger(ReadingServlet.class.getName());
    private static final JsonObject DROPPED =
            Json.createObjectBuilder().add("status", "DROPPED").build();

    @Inject
    ReaderService reader;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!SessionToken.matches(req.getSession(false), req.getParameter(SessionToken.PARAMETER))) {
            LOG.warning(() -> "event=reading.reportRefused reason=token user=" + req.getRemoteUser());
            ScriptReplies.send(
                    resp,
                    403,
                    Json.createObjectBuilder().add("status", "FORBIDDEN").build());
            return;
        }
        String id = req.getParameter("id");
        if (id == null || id.isEmpty() || id.length() > MAX_PARAM_LENGTH) {
            ScriptReplies.send(
                    resp, 400, Json.createObjectBuilder().add("status", "ERROR").build());
            return;
        }
        String sections = req.getParameter("s");
        List<String> inView = sections == null || sections.length() > MAX_PARAM_LENGTH
                ? List.of()
                : Arrays.stream(sections.split(" ")).filter(k -> !k.isEmpty()).toList();
        try {
            ReadingView view =
                    reader.report(id, "1".equals(req.getParameter("v")), inView, "1".equals(req.getParameter("n")));
            ScriptReplies.send(
                    resp, 200, ReadingPanel.of(view, LocaleBean.of(req)).json());
        } catch (ContentException e) {
            // A report about a module taken offline meanwhile is dropped: it carries nothing the reader typed.
            ScriptReplies.send(resp, 200, DROPPED);
        } catch (EJBException e) {
            // Reports of one reader from two devices at once collide on the same rows, and one rolls back. It is
            // dropped, not shown as an error: the next report counts the gap since the last one saved.
            // The innermost cause is logged, so that a failure other than such a collision still shows what it was.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String why = cause.toString();
            LOG.info(() -> "event=reading.reportDropped module=" + id + " cause=" + why);
            ScriptReplies.send(resp, 200, DROPPED);
        }
    }
}
