package academy.xinfang.quiz.web;

import academy.xinfang.quiz.application.AttemptService;
import academy.xinfang.quiz.application.QuizViews.QuizCard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The list of quizzes with the caller's best result in each. */
@Named
@RequestScoped
public class QuizzesPage {
    @Inject
    AttemptService attempts;

    private List<QuizCard> cards;

    /** View action. */
    public void load() {
        cards = attempts.quizzes();
    }

    public List<QuizCard> getCards() {
        return cards;
    }
}
