package academy.xinfang.quiz.web;

import academy.xinfang.quiz.application.AttemptService;
import academy.xinfang.quiz.application.QuizException;
import academy.xinfang.quiz.application.QuizViews.Review;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** The result of a submitted attempt with feedback, explanations and "read again" links, as the quiz allows. */
@Named
@RequestScoped
public class ReviewPage {
    @Inject
    AttemptService attempts;

    private Long id;
    private Review review;

    public void load() throws IOException {
        try {
            review = id == null ? null : attempts.review(id);
        } catch (QuizException e) {
            review = null;
        }
        if (review == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such result");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Review getReview() {
        return review;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
