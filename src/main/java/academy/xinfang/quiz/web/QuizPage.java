package academy.xinfang.quiz.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.quiz.application.AttemptService;
import academy.xinfang.quiz.application.QuizException;
import academy.xinfang.quiz.application.QuizViews.Overview;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One quiz: its rules, the caller's attempts, and the button that starts or resumes an attempt. */
@Named
@ViewScoped
public class QuizPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AttemptService attempts;

    private String key;
    /** Read by the view action on every request, postbacks too (quiz.xhtml): the view keeps the key, not the overview. */
    private transient Overview overview;

    public void load() {
        overview = Refusals.orNotFound("key", key, attempts::overview);
    }

    public String start() {
        try {
            return "/learn/attempt?faces-redirect=true&id=" + attempts.startOrResume(key);
        } catch (QuizException e) {
            Messages.error(e);
            return null;
        }
    }

    public Overview getOverview() {
        return overview;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
