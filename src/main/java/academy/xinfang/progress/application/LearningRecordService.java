package academy.xinfang.progress.application;

import academy.xinfang.progress.export.XapiStatements;
import academy.xinfang.progress.persistence.LearningRecordRepository;
import academy.xinfang.quiz.application.QuizCatalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Learning records out, as xAPI statements: modules experienced and completed, questions answered, quizzes passed or
 * failed with the scaled score, scenarios completed with the seven qualities as result extensions. The same event
 * always gets the same statement id, so a record store can take a re-export without duplicates.
 */
@Stateless
@RolesAllowed("ADMIN")
public class LearningRecordService {
    @Inject
    LearningRecordRepository records;

    @Inject
    QuizCatalog quizzes;

    @Inject
    @ConfigProperty(name = "academy.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Every statement of one officer (or all when null) with its time in [from, to), oldest kind first. */
    public List<JsonObject> statements(String username, Instant from, Instant to) {
        String base = publicUrl.replaceAll("/+$", "");
        XapiStatements xapi = new XapiStatements(base + "/xapi", base + "/");
        List<JsonObject> out = new ArrayList<>();
        for (LearningRecordRepository.ModuleEvent m : records.modules(username, from, to)) {
            out.add(xapi.moduleExperienced(m.username(), m.moduleKey(), m.title(), m.startedAt()));
            if (m.completedAt() != null) {
                out.add(xapi.moduleCompleted(m.username(), m.moduleKey(), m.title(), m.completedAt()));
            }
        }
        for (LearningRecordRepository.AnswerEvent a : records.answers(username, from, to)) {
            out.add(xapi.questionAnswered(a.username(), a.quizKey(), a.attemptId(), a.questionKey(), a.response(),
                    a.score(), a.answeredAt()));
        }
        for (LearningRecordRepository.AttemptEvent a : records.attempts(username, from, to)) {
            String title = quizzes.current(a.quizKey()).map(b -> b.settings().title()).orElse(a.quizKey());
            out.add(xapi.quizFinished(a.username(), a.quizKey(), title, a.attemptId(), a.percent() / 100, a.passed(),
                    a.submittedAt()));
        }
        for (LearningRecordRepository.SessionEvent e : records.sessions(username, from, to)) {
            var s = e.session();
            Map<String, Integer> qualities = new LinkedHashMap<>();
            s.getQualities().forEach((tag, score) -> qualities.put(tag.name(), score));
            out.add(xapi.scenarioCompleted(e.username(), s.getScenarioVersion().getScenario().getKey(),
                    s.getScenarioVersion().getTitle(), s.getId(), s.getPoints() == null ? 0 : s.getPoints(), qualities,
                    s.getOutcome() == null ? "" : s.getOutcome().name(), s.getFinishedAt()));
        }
        return out;
    }
}
