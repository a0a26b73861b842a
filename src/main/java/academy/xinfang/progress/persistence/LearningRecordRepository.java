package academy.xinfang.progress.persistence;

import academy.xinfang.roleplay.domain.PlaySession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * Reads the learning events the other features stored, for the xAPI export: a reporting view across modules, quizzes
 * and role-play, each query filtered by officer and time in the database. A null filter value means no filter.
 */
@ApplicationScoped
public class LearningRecordRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected LearningRecordRepository() {}

    /** For repository tests outside the container. */
    public LearningRecordRepository(EntityManager em) {
        this.em = em;
    }

    public record ModuleEvent(String username, String moduleKey, String title, Instant startedAt, Instant completedAt) {}

    public record AttemptEvent(String username, long attemptId, String quizKey, Instant submittedAt, double percent,
            boolean passed) {}

    public record AnswerEvent(String username, long attemptId, String quizKey, String questionKey, String response,
            double score, Instant answeredAt) {}

    public List<ModuleEvent> modules(String username, Instant from, Instant to) {
        return filtered(em.createQuery("""
                select new academy.xinfang.progress.persistence.LearningRecordRepository.ModuleEvent(
                    u.username, m.key, v.title, p.startedAt, p.completedAt)
                from ModuleProgress p, User u, LearningModule m join m.currentVersion v
                where u.id = p.userId and m.id = p.moduleId
                """ + filters(username, from, to, "p.updatedAt", "p.startedAt") + " order by p.startedAt",
                ModuleEvent.class), username, from, to).getResultList();
    }

    public List<AttemptEvent> attempts(String username, Instant from, Instant to) {
        return filtered(em.createQuery("""
                select new academy.xinfang.progress.persistence.LearningRecordRepository.AttemptEvent(
                    u.username, a.id, a.quizKey, a.submittedAt, a.scorePercent, a.passed)
                from QuizAttempt a, User u
                where u.id = a.userId and a.submittedAt is not null
                """ + filters(username, from, to, "a.submittedAt", "a.submittedAt") + " order by a.submittedAt",
                AttemptEvent.class), username, from, to).getResultList();
    }

    public List<AnswerEvent> answers(String username, Instant from, Instant to) {
        return filtered(em.createQuery("""
                select new academy.xinfang.progress.persistence.LearningRecordRepository.AnswerEvent(
                    u.username, a.id, a.quizKey, x.questionKey, x.response, x.score, x.answeredAt)
                from AttemptAnswer x, QuizAttempt a, User u
                where a.id = x.attemptId and u.id = a.userId and a.submittedAt is not null
                """ + filters(username, from, to, "x.answeredAt", "x.answeredAt") + " order by x.answeredAt",
                AnswerEvent.class), username, from, to).getResultList();
    }

    public record SessionEvent(String username, PlaySession session) {}

    /** Finished role-play sessions with their scenario version loaded. */
    public List<SessionEvent> sessions(String username, Instant from, Instant to) {
        List<Object[]> rows = filtered(em.createQuery("""
                select s, u.username from PlaySession s join fetch s.scenarioVersion v join fetch v.scenario, User u
                where u.id = s.userId and s.finishedAt is not null
                """ + filters(username, from, to, "s.finishedAt", "s.finishedAt") + " order by s.finishedAt",
                Object[].class), username, from, to).getResultList();
        return rows.stream().map(r -> new SessionEvent((String) r[1], (PlaySession) r[0])).toList();
    }

    /**
     * The optional conditions, written only for the filters given: EclipseLink inlines a parameter compared with
     * {@code is null}, which breaks for instants, so {@code (:p is null or …)} cannot be used.
     */
    private static String filters(String username, Instant from, Instant to, String endColumn, String startColumn) {
        return (username == null ? "" : " and u.username = :user")
                + (from == null ? "" : " and " + endColumn + " >= :from")
                + (to == null ? "" : " and " + startColumn + " < :to");
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> q, String username, Instant from, Instant to) {
        if (username != null) {
            q.setParameter("user", username);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q;
    }
}
