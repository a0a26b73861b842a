package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.domain.Person;
import academy.xinfang.content.application.ReadingResults;
import academy.xinfang.content.domain.ReadingEvent;
import academy.xinfang.progress.export.XapiStatements;
import academy.xinfang.quiz.application.QuizCatalog;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.quiz.domain.AnswerEvent;
import academy.xinfang.quiz.domain.AttemptEvent;
import academy.xinfang.roleplay.application.RolePlayResults;
import academy.xinfang.roleplay.domain.SessionEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Learning records out, as xAPI statements: modules experienced and completed, questions answered, quizzes passed or
 * failed with the scaled score, scenarios completed with the seven qualities as result extensions. The same event
 * always gets the same statement id, so a record store can take a re-export without duplicates. Each feature reports
 * its own events by officer id (one query each); the user names come from the account feature in one more query.
 */
@Stateless
@RolesAllowed("ADMIN")
public class LearningRecordService {
    @Inject
    People people;

    @Inject
    ReadingResults reading;

    @Inject
    QuizResults quizResults;

    @Inject
    RolePlayResults rolePlays;

    @Inject
    QuizCatalog quizzes;

    @Inject
    @ConfigProperty(name = "academy.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Every statement of one officer (or all when null) with its time in [from, to), oldest kind first. */
    public List<JsonObject> statements(String username, Instant from, Instant to) {
        String base = publicUrl.replaceAll("/+$", "");
        XapiStatements xapi = new XapiStatements(base + "/xapi", base + "/");
        Long userId = null;
        if (username != null) {
            Optional<Long> id = people.idOf(username);
            if (id.isEmpty()) {
                return List.of();
            }
            userId = id.get();
        }
        List<ReadingEvent> modules = reading.events(userId, from, to);
        List<AnswerEvent> answers = quizResults.answers(userId, from, to);
        List<AttemptEvent> attempts = quizResults.attempts(userId, from, to);
        List<SessionEvent> sessions = rolePlays.sessions(userId, from, to);
        Set<Long> ids = new HashSet<>();
        modules.forEach(m -> ids.add(m.userId()));
        answers.forEach(a -> ids.add(a.userId()));
        attempts.forEach(a -> ids.add(a.userId()));
        sessions.forEach(s -> ids.add(s.userId()));
        Map<Long, Person> names = ids.isEmpty() ? Map.of() : people.people(ids);
        List<JsonObject> out = new ArrayList<>();
        for (ReadingEvent m : modules) {
            String name = names.get(m.userId()).username();
            out.add(xapi.moduleExperienced(name, m.moduleKey(), m.title(), m.startedAt()));
            if (m.completedAt() != null) {
                out.add(xapi.moduleCompleted(name, m.moduleKey(), m.title(), m.completedAt()));
            }
        }
        for (AnswerEvent a : answers) {
            out.add(xapi.questionAnswered(
                    names.get(a.userId()).username(),
                    a.quizKey(),
                    a.attemptId(),
                    a.questionKey(),
                    a.response(),
                    a.score(),
                    a.answeredAt()));
        }
        for (AttemptEvent a : attempts) {
            String title =
                    quizzes.current(a.quizKey()).map(b -> b.settings().title()).orElse(a.quizKey());
            out.add(xapi.quizFinished(
                    names.get(a.userId()).username(),
                    a.quizKey(),
                    title,
                    a.attemptId(),
                    a.percent() / 100,
                    a.passed(),
                    a.submittedAt()));
        }
        for (SessionEvent s : sessions) {
            out.add(xapi.scenarioCompleted(
                    names.get(s.userId()).username(),
                    s.scenarioKey(),
                    s.title(),
                    s.sessionId(),
                    s.points(),
                    s.qualities(),
                    s.outcome(),
                    s.finishedAt()));
        }
        return out;
    }
}
