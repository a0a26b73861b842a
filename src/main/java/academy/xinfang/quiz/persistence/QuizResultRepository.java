package academy.xinfang.quiz.persistence;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.quiz.domain.AnswerEvent;
import academy.xinfang.quiz.domain.AttemptEvent;
import academy.xinfang.quiz.domain.TagTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregate reads of quiz attempts for other features (course progress, reports, insights, learning records): each a
 * single query, summed by the database, whatever the number of officers.
 */
@ApplicationScoped
public class QuizResultRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected QuizResultRepository() {}

    /** For repository tests outside the container. */
    public QuizResultRepository(EntityManager em) {
        this.em = em;
    }

    /** Keys of the banks online (with a current version). */
    public Set<String> onlineBanks() {
        return new HashSet<>(
                em.createQuery("select b.key from QuestionBank b where b.currentVersion is not null", String.class)
                        .getResultList());
    }

    /** The quizzes among the keys one officer tried, each with whether any attempt passed. */
    public Map<String, Boolean> triedBy(long userId, Collection<String> keys) {
        Map<String, Boolean> tried = new HashMap<>();
        em.createQuery("""
                        select a.quizKey, sum(case when a.passed = true then 1 else 0 end) from QuizAttempt a
                        where a.userId = :u and a.quizKey in :k group by a.quizKey""", Object[].class)
                .setParameter("u", userId)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> tried.put((String) row[0], row[1] != null && ((Number) row[1]).longValue() > 0));
        return tried;
    }

    /** Per officer, how many of the quizzes they passed (any attempt). */
    public Map<Long, Long> passedPerOfficer(Collection<String> keys) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        select a.userId, count(distinct a.quizKey) from QuizAttempt a
                        where a.passed = true and a.quizKey in :k group by a.userId""", Object[].class)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Per officer, the last time they worked on any attempt at any of the quizzes (MAX per officer, one query). */
    public Map<Long, Instant> lastActivityPerOfficer(Collection<String> keys) {
        Map<Long, Instant> last = new HashMap<>();
        em.createQuery("""
                        select a.userId, max(a.lastActivityAt) from QuizAttempt a
                        where a.quizKey in :k group by a.userId""", Object[].class)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> last.put(((Number) row[0]).longValue(), (Instant) row[1]));
        return last;
    }

    /** Officers with any attempt at any of the quizzes. */
    public Set<Long> startedBy(Collection<String> keys) {
        return new HashSet<>(
                em.createQuery("select distinct a.userId from QuizAttempt a where a.quizKey in :k", Long.class)
                        .setParameter("k", nonEmpty(keys))
                        .getResultList());
    }

    /**
     * Score sum and answer count per officer and tag over attempts submitted in [from, to) (null: open), given each
     * question's tags (tags live in the banks, not in the tables). The answers are read as they are and summed here:
     * grouping them by officer and question in the database built a temporary table keyed by the question's text,
     * about 2 s for a county of 10,000 officers on MariaDB, while reading the rows takes a tenth of that, and an
     * officer rarely answers a question twice anyway.
     */
    public List<TagTotal> tagTotals(Map<String, ? extends Collection<Tag>> questionTags, Instant from, Instant to) {
        if (questionTags.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery("SELECT a.user_id, x.question_key, x.score FROM attempt_answer x"
                + " JOIN quiz_attempt a ON a.id = x.attempt_id WHERE a.submitted_at IS NOT NULL"
                + (from == null ? "" : " AND a.submitted_at >= ?1")
                + (to == null ? "" : " AND a.submitted_at < ?2"));
        if (from != null) {
            q.setParameter(1, Timestamp.from(from));
        }
        if (to != null) {
            q.setParameter(2, Timestamp.from(to));
        }
        Map<Long, double[][]> sums = new HashMap<>(); // officer -> tag ordinal -> {score sum, answers}
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            Collection<Tag> tags = questionTags.get((String) r[1]);
            if (tags == null || tags.isEmpty()) {
                continue;
            }
            double[][] cells =
                    sums.computeIfAbsent(((Number) r[0]).longValue(), k -> new double[Tag.values().length][2]);
            double score = ((Number) r[2]).doubleValue();
            for (Tag tag : tags) {
                cells[tag.ordinal()][0] += score;
                cells[tag.ordinal()][1]++;
            }
        }
        List<TagTotal> out = new ArrayList<>();
        sums.forEach((user, cells) -> {
            for (Tag tag : Tag.values()) {
                if (cells[tag.ordinal()][1] > 0) {
                    out.add(new TagTotal(user, tag, cells[tag.ordinal()][0], (long) cells[tag.ordinal()][1]));
                }
            }
        });
        return out;
    }

    /** Submitted attempts of one officer (or all when null) in [from, to), oldest first. */
    public List<AttemptEvent> attempts(Long userId, Instant from, Instant to) {
        return bind(
                        em.createQuery(
                                """
                select new academy.xinfang.quiz.domain.AttemptEvent(
                    a.userId, a.id, a.quizKey, a.submittedAt, a.scorePercent, a.passed)
                from QuizAttempt a
                where a.submittedAt is not null
                """ + filters(userId, from, to, "a.submittedAt", "a.submittedAt")
                                        + " order by a.submittedAt",
                                AttemptEvent.class),
                        userId,
                        from,
                        to)
                .getResultList();
    }

    /** Answers of the submitted attempts of one officer (or all when null) given in [from, to), oldest first. */
    public List<AnswerEvent> answers(Long userId, Instant from, Instant to) {
        return bind(
                        em.createQuery(
                                """
                select new academy.xinfang.quiz.domain.AnswerEvent(
                    a.userId, a.id, a.quizKey, x.questionKey, x.response, x.score, x.answeredAt)
                from AttemptAnswer x, QuizAttempt a
                where a.id = x.attemptId and a.submittedAt is not null
                """ + filters(userId, from, to, "x.answeredAt", "x.answeredAt")
                                        + " order by x.answeredAt",
                                AnswerEvent.class),
                        userId,
                        from,
                        to)
                .getResultList();
    }

    /**
     * The optional conditions, written only for the filters given: EclipseLink inlines a parameter compared with
     * {@code is null}, which breaks for instants, so {@code (:p is null or …)} cannot be used.
     */
    private static String filters(Long userId, Instant from, Instant to, String endColumn, String startColumn) {
        return (userId == null ? "" : " and a.userId = :user")
                + (from == null ? "" : " and " + endColumn + " >= :from")
                + (to == null ? "" : " and " + startColumn + " < :to");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Long userId, Instant from, Instant to) {
        if (userId != null) {
            q.setParameter("user", userId);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q;
    }

    /** An empty IN list is not valid SQL everywhere: a key no row has stands in for it. */
    private static Collection<String> nonEmpty(Collection<String> keys) {
        return keys.isEmpty() ? List.of("") : keys;
    }
}
