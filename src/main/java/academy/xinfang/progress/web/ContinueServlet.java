package academy.xinfang.progress.web;

import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.platform.web.SessionToken;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * The home page's "继续学习" when the next step is a scenario not yet under way: {@code POST scenario, token} starts a
 * play of it for the caller and opens it, so that the officer lands in the scenario itself, not in the list. A post,
 * not a link, since it makes a play; a plain form with the session's {@link SessionToken}, not a Faces one, so that the
 * home page keeps no view state. A scenario that cannot be started (taken offline meanwhile) sends the officer to the
 * list of scenarios. Under /learn/, so only signed-in users reach it.
 */
@WebServlet(ContinueServlet.PATH)
public class ContinueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContinueServlet.class.getName());
    static final String PATH = "/learn/continue";
    private static final int MAX_KEY_LENGTH = 200;

    @Inject
    RolePlayService rolePlays;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!SessionToken.matches(req.getSession(false), req.getParameter(SessionToken.PARAMETER))) {
            LOG.warning(() -> "event=continue.refused reason=token user=" + req.getRemoteUser());
            Refusals.send(req, resp, Refusal.of(HttpServletResponse.SC_FORBIDDEN, "error.expired.text"));
            return;
        }
        String scenario = req.getParameter("scenario");
        if (scenario == null || scenario.isBlank() || scenario.length() > MAX_KEY_LENGTH) {
            Refusals.send(req, resp, Parameters.invalid("scenario", scenario));
            return;
        }
        try {
            long session = rolePlays.start(scenario);
            resp.sendRedirect(req.getContextPath() + "/learn/roleplay.xhtml?session=" + session);
        } catch (RolePlayException e) {
            LOG.info(() -> "event=continue.notStarted scenario=" + scenario + " reason=" + e.getMessage());
            resp.sendRedirect(req.getContextPath() + "/learn/roleplays.xhtml");
        }
    }
}
