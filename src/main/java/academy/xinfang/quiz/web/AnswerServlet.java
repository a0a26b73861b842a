package academy.xinfang.quiz.web;

import academy.xinfang.platform.i18n.LocaleBean;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.ScriptReplies;
import academy.xinfang.platform.web.SessionToken;
import academy.xinfang.quiz.application.AttemptService;
import academy.xinfang.quiz.application.QuizException;
import academy.xinfang.quiz.application.QuizViews.Feedback;
import academy.xinfang.quiz.application.QuizViews.SaveResult;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Saves one answer of an attempt: {@code POST attempt, position, response, check, token}, answered in JSON with a
 * status the page acts on (SAVED, CHECKED with feedback, LOCKED, TIME_UP, SUBMITTED, or an error). Under /learn/,
 * so only signed-in users reach it; the service checks that the attempt is the caller's.
 */
@WebServlet("/learn/quiz/answer")
public class AnswerServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AnswerServlet.class.getName());

    @Inject
    AttemptService attempts;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!SessionToken.matches(req.getSession(false), req.getParameter(SessionToken.PARAMETER))) {
            // a forged cross-site post, or a page from an earlier session: worth seeing in the log
            LOG.warning(() -> "event=quiz.answerRefused reason=token user=" + req.getRemoteUser());
            send(resp, 403, refusal("FORBIDDEN", req, "quiz.answerForbidden"));
            return;
        }
        long attempt;
        int position;
        try {
            attempt = Parameters.wholeNumber(req, "attempt");
            position = Parameters.wholeNumber(req, "position", 0, Integer.MAX_VALUE);
        } catch (Parameters.Bad e) {
            send(
                    resp,
                    400,
                    refusal(
                            "ERROR",
                            req,
                            e.refusal().key(),
                            e.refusal().arguments().toArray()));
            return;
        }
        String response = req.getParameter("response");
        boolean check = "1".equals(req.getParameter("check"));
        try {
            SaveResult result = attempts.save(attempt, position, response == null ? "" : response, check);
            JsonObjectBuilder json =
                    Json.createObjectBuilder().add("status", result.status().name());
            if (result.feedback() != null) {
                json.add("feedback", feedback(result.feedback()));
            }
            send(resp, 200, json);
        } catch (QuizException e) {
            send(resp, 400, refusal("ERROR", req, e.key(), e.arguments()));
        } catch (EJBAccessException e) {
            LOG.warning(() -> "event=quiz.answerRefused reason=role user=" + req.getRemoteUser());
            send(resp, 403, refusal("FORBIDDEN", req, "quiz.answerForbidden"));
        }
    }

    /**
     * A refusal with its bundle key (for the page's script) and its text in the page's language, which is looked up
     * only here: a saved answer carries no text.
     */
    private static JsonObjectBuilder refusal(String status, HttpServletRequest req, String key, Object... arguments) {
        return Json.createObjectBuilder()
                .add("status", status)
                .add("key", key)
                .add("message", Messages.text(LocaleBean.of(req), key, arguments));
    }

    private static JsonObjectBuilder feedback(Feedback f) {
        JsonArrayBuilder choices = Json.createArrayBuilder();
        f.choiceFeedback().forEach(choices::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("correct", f.correct())
                .add("score", f.scorePercent())
                .add("choices", choices)
                .add("right", f.rightAnswer());
        if (f.explanationHtml() == null) {
            json.addNull("explanation"); // could not be rendered: the page shows its notice instead
        } else {
            json.add("explanation", f.explanationHtml());
        }
        if (f.sectionUrl() != null) {
            json.add("section", f.sectionUrl());
        }
        return json;
    }

    private static void send(HttpServletResponse resp, int status, JsonObjectBuilder json) throws IOException {
        ScriptReplies.send(resp, status, json.build());
    }
}
