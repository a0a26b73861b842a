package academy.xinfang.quiz.web;

import academy.xinfang.platform.web.Refusals;
import academy.xinfang.quiz.application.AttemptService;
import academy.xinfang.quiz.application.QuizViews.Review;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The result of a submitted attempt with feedback, explanations and "read again" links, as the quiz allows. */
@Named
@RequestScoped
public class ReviewPage {
    @Inject
    AttemptService attempts;

    private Long id;
    private Review review;

    public void load() {
        review = Refusals.orNotFound("id", id, attempts::review);
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
