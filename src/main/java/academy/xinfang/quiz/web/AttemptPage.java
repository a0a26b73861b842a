package academy.xinfang.quiz.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.PostToken;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.quiz.application.AttemptService;
import academy.xinfang.quiz.application.QuizException;
import academy.xinfang.quiz.application.QuizViews.AttemptView;
import academy.xinfang.quiz.domain.AnswerCodec;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * The attempt page. Answers do not go through this bean: the page script sends each one to {@link AnswerServlet}
 * as it is given. The bean renders the attempt as saved, and submits it.
 */
@Named
@ViewScoped
public class AttemptPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AttemptService attempts;

    private Long id;
    private AttemptView attempt;

    public void load() {
        attempt = Refusals.orNotFound("id", id, attempts::attempt);
        if (attempt != null && attempt.submitted()) {
            Faces.redirect("learn/review.xhtml?id=%s", id);
        }
    }

    public String submit() {
        try {
            attempts.submit(id);
            return "/learn/review?faces-redirect=true&id=" + id;
        } catch (QuizException e) {
            Messages.error(e);
            return null;
        }
    }

    /** Whether option {@code index} is part of the saved answer {@code response} ({@code S:2}, {@code M:0,2}). */
    public boolean chosen(String response, int index) {
        if (response == null || response.length() < 3) {
            return false;
        }
        for (String part : response.substring(2).split(",")) {
            if (part.equals(String.valueOf(index))) {
                return true;
            }
        }
        return false;
    }

    /** For matching and ordering: the pair index placed at {@code slot}, -1 for none. */
    public int placed(String response, int slot) {
        var places = AnswerCodec.places(response);
        return slot < places.size() ? places.get(slot) : -1;
    }

    public String fillText(String response) {
        return response != null && response.startsWith("F:") ? response.substring(2) : "";
    }

    public String getToken() {
        return PostToken.of((HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }

    /** The server clock, so the page's countdown does not depend on the phone's clock being right. */
    public long getNow() {
        return System.currentTimeMillis();
    }

    public AttemptView getAttempt() {
        return attempt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
