package academy.xinfang.progress.application;

import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.quiz.application.QuizCatalog;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.roleplay.application.RolePlayResults;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.application.ScenarioCard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the signed-in officer has to do today ({@link TodayView}): their courses, the next step ({@link NextStep}) and
 * their own latest results. No user id is taken from the request.
 */
@Stateless
public class TodayService {
    /** Results shown on the home page, and how far back they are looked for. */
    static final int RECENT = 4;

    static final Duration RECENT_WINDOW = Duration.ofDays(60);

    @Inject
    MyCoursesService courses;

    @Inject
    RolePlayService rolePlays;

    @Inject
    QuizCatalog quizzes;

    @Inject
    QuizResults quizResults;

    @Inject
    RolePlayResults rolePlayResults;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    @RolesAllowed("OFFICER")
    public TodayView today() {
        List<CourseCard> cards = courses.myCourses();
        Map<String, Long> openPlays = rolePlays.catalogue().stream()
                .filter(c -> c.openSessionId() != null)
                .collect(Collectors.toMap(ScenarioCard::key, ScenarioCard::openSessionId, (a, b) -> a));
        return new TodayView(cards, NextStep.of(cards, openPlays).orElse(null), recent(users.callerId()));
    }

    /**
     * The latest results since {@link #RECENT_WINDOW} ago, with no upper bound: "now" as a bound would be cut to the
     * whole second like every stored time, and hide a result handed in during the second the page is asked for.
     */
    private List<TodayView.Result> recent(long me) {
        Instant from = clock.instant().minus(RECENT_WINDOW);
        // titles from the catalogue the quizzes are already parsed in, not from the caller's quiz list (which reads
        // their attempts and learning paths as well)
        Map<String, String> quizTitles = new HashMap<>();
        quizzes.current().forEach((key, bank) -> {
            if (bank.settings().title() != null) {
                quizTitles.put(key, bank.settings().title());
            }
        });
        List<TodayView.Result> results = new ArrayList<>();
        quizResults
                .attempts(me, from, null)
                .forEach(a -> results.add(new TodayView.Result(
                        "quiz",
                        quizTitles.getOrDefault(a.quizKey(), a.quizKey()),
                        (int) Math.round(a.percent()),
                        a.passed(),
                        a.submittedAt(),
                        "/learn/review.xhtml?id=" + a.attemptId())));
        rolePlayResults
                .sessions(me, from, null)
                .forEach(s -> results.add(new TodayView.Result(
                        "scenario",
                        s.title(),
                        s.points(),
                        null,
                        s.finishedAt(),
                        "/learn/roleplay-result.xhtml?session=" + s.sessionId())));
        results.sort(Comparator.comparing(TodayView.Result::at).reversed());
        return List.copyOf(results.subList(0, Math.min(RECENT, results.size())));
    }
}
