package academy.xinfang.progress.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The officer's home page: the assigned courses, the one step "继续学习" takes ({@code next}, null when nothing is left)
 * and the latest results (quiz attempts and role-plays, newest first).
 */
public record TodayView(List<CourseCard> courses, NextStep.Step next, List<Result> recent) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A result: {@code kind} {@code quiz} (score in percent, passed or not) or {@code scenario} (points of 100), with
     * the page that shows it.
     */
    public record Result(String kind, String title, int score, Boolean passed, Instant at, String href)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
