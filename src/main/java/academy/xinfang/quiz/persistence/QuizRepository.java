package academy.xinfang.quiz.persistence;

import academy.xinfang.quiz.domain.AttemptAnswer;
import academy.xinfang.quiz.domain.BankVersion;
import academy.xinfang.quiz.domain.QuestionBank;
import academy.xinfang.quiz.domain.QuizAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All queries on banks, attempts and answers. */
@ApplicationScoped
public class QuizRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected QuizRepository() {}

    /** For repository tests outside the container. */
    public QuizRepository(EntityManager em) {
        this.em = em;
    }

    /** One user's summary per quiz: attempts used, best score and whether any attempt passed. */
    public record UserQuizSummary(String quizKey, long attempts, Double bestPercent, boolean passed) {}

    /** A saved answer of a submitted attempt, the raw material of item analysis. */
    public record SubmittedAnswer(long attemptId, String questionKey, double score, String response) {}

    public Optional<QuestionBank> findBank(String key) {
        return em.createQuery("select b from QuestionBank b where b.key = :k", QuestionBank.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public boolean hasVersionWithHash(QuestionBank bank, String hash) {
        return !em.createQuery("select v.id from BankVersion v where v.bank = :b and v.contentHash = :h", Long.class)
                .setParameter("b", bank)
                .setParameter("h", hash)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public int latestVersionNo(QuestionBank bank) {
        Integer max = em.createQuery("select max(v.versionNo) from BankVersion v where v.bank = :b", Integer.class)
                .setParameter("b", bank)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    /** The versions online, by bank key: ids only, the parsed questions come from the cache. */
    public List<Object[]> currentVersionIds() {
        return em.createQuery(
                        "select b.key, b.currentVersion.id from QuestionBank b where b.currentVersion is not null"
                                + " order by b.key",
                        Object[].class)
                .getResultList();
    }

    public Optional<BankVersion> version(long id) {
        return Optional.ofNullable(em.find(BankVersion.class, id));
    }

    public List<BankVersion> versions(String bankKey) {
        return em.createQuery(
                        "select v from BankVersion v where v.bank.key = :k order by v.versionNo desc",
                        BankVersion.class)
                .setParameter("k", bankKey)
                .getResultList();
    }

    public Optional<QuizAttempt> attempt(long id) {
        return Optional.ofNullable(em.find(QuizAttempt.class, id));
    }

    public Optional<QuizAttempt> openAttempt(long userId, String quizKey) {
        return em.createQuery(
                        "select a from QuizAttempt a where a.userId = :u and a.quizKey = :q"
                                + " and a.submittedAt is null order by a.attemptNo desc",
                        QuizAttempt.class)
                .setParameter("u", userId)
                .setParameter("q", quizKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public int attemptCount(long userId, String quizKey) {
        return em.createQuery("select count(a) from QuizAttempt a where a.userId = :u and a.quizKey = :q", Long.class)
                .setParameter("u", userId)
                .setParameter("q", quizKey)
                .getSingleResult()
                .intValue();
    }

    public List<QuizAttempt> attempts(long userId, String quizKey) {
        return em.createQuery(
                        "select a from QuizAttempt a where a.userId = :u and a.quizKey = :q order by a.attemptNo",
                        QuizAttempt.class)
                .setParameter("u", userId)
                .setParameter("q", quizKey)
                .getResultList();
    }

    public List<UserQuizSummary> summaries(long userId) {
        return em.createQuery("""
                select new academy.xinfang.quiz.persistence.QuizRepository.UserQuizSummary(
                    a.quizKey, count(a), max(a.scorePercent),
                    case when sum(case when a.passed = true then 1 else 0 end) > 0 then true else false end)
                from QuizAttempt a where a.userId = :u group by a.quizKey""", UserQuizSummary.class)
                .setParameter("u", userId)
                .getResultList();
    }

    public List<AttemptAnswer> answers(long attemptId) {
        return em.createQuery(
                        "select a from AttemptAnswer a where a.attemptId = :a order by a.position", AttemptAnswer.class)
                .setParameter("a", attemptId)
                .getResultList();
    }

    public Optional<AttemptAnswer> answer(long attemptId, int position) {
        return Optional.ofNullable(em.find(AttemptAnswer.class, new AttemptAnswer.Key(attemptId, position)));
    }

    /**
     * Marks activity on an attempt that is still open and takes its row lock, so an answer and a submit of the same
     * attempt are serialised by the database, also across servers of a cluster. 0 when it is already submitted.
     */
    public int touchOpen(long attemptId, Instant now) {
        return em.createQuery(
                        "update QuizAttempt a set a.lastActivityAt = :now where a.id = :id and a.submittedAt is null")
                .setParameter("now", now)
                .setParameter("id", attemptId)
                .executeUpdate();
    }

    /** Closes an open attempt; 0 when another request closed it first, which then keeps its result. */
    public int close(long attemptId, Instant now, boolean auto) {
        return em.createQuery("update QuizAttempt a set a.submittedAt = :now, a.autoSubmitted = :auto"
                        + " where a.id = :id and a.submittedAt is null")
                .setParameter("now", now)
                .setParameter("auto", auto)
                .setParameter("id", attemptId)
                .executeUpdate();
    }

    public void recordResult(long attemptId, double percent, boolean passed) {
        em.createQuery("update QuizAttempt a set a.scorePercent = :p, a.passed = :ok where a.id = :id")
                .setParameter("p", percent)
                .setParameter("ok", passed)
                .setParameter("id", attemptId)
                .executeUpdate();
    }

    public double scoreSum(long attemptId) {
        Double sum = em.createQuery("select sum(a.score) from AttemptAnswer a where a.attemptId = :a", Double.class)
                .setParameter("a", attemptId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Re-reads an attempt from the database, past this transaction's cache, after a conditional update. */
    public QuizAttempt reload(long attemptId) {
        QuizAttempt a = em.find(QuizAttempt.class, attemptId);
        em.refresh(a, LockModeType.NONE);
        return a;
    }

    public List<Long> expiredOpenAttempts(Instant before) {
        return em.createQuery(
                        "select a.id from QuizAttempt a where a.submittedAt is null and a.deadlineAt < :t", Long.class)
                .setParameter("t", before)
                .getResultList();
    }

    public List<SubmittedAnswer> submittedAnswers(String quizKey) {
        return em.createQuery("""
                select new academy.xinfang.quiz.persistence.QuizRepository.SubmittedAnswer(
                    a.attemptId, a.questionKey, a.score, a.response)
                from AttemptAnswer a, QuizAttempt t
                where t.id = a.attemptId and t.quizKey = :q and t.submittedAt is not null""", SubmittedAnswer.class)
                .setParameter("q", quizKey)
                .getResultList();
    }

    /** Submitted attempts with their question lists, so unanswered questions count as 0 in the analysis. */
    public List<QuizAttempt> submittedAttempts(String quizKey) {
        return em.createQuery(
                        "select a from QuizAttempt a where a.quizKey = :q and a.submittedAt is not null",
                        QuizAttempt.class)
                .setParameter("q", quizKey)
                .getResultList();
    }
}
