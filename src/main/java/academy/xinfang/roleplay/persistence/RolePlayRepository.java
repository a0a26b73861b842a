package academy.xinfang.roleplay.persistence;

import academy.xinfang.roleplay.domain.LiveScorecard;
import academy.xinfang.roleplay.domain.PlaySession;
import academy.xinfang.roleplay.domain.PlayTurn;
import academy.xinfang.roleplay.domain.PublishedScenario;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All queries on scenarios, their versions, play sessions and turn logs, and live role-play scorecards. */
@ApplicationScoped
public class RolePlayRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected RolePlayRepository() {}

    /** For repository tests outside the container. */
    public RolePlayRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<PublishedScenario> findScenario(String key) {
        return em.createQuery("select s from PublishedScenario s where s.key = :k", PublishedScenario.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<ScenarioVersion> latestVersion(PublishedScenario scenario) {
        return em.createQuery(
                        "select v from ScenarioVersion v where v.scenario = :s order by v.versionNo desc",
                        ScenarioVersion.class)
                .setParameter("s", scenario)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean hasVersionWithHash(PublishedScenario scenario, String contentHash) {
        return !em.createQuery(
                        "select v.id from ScenarioVersion v where v.scenario = :s and v.contentHash = :h", Long.class)
                .setParameter("s", scenario)
                .setParameter("h", contentHash)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The versions being played, by scenario key: one query for the list page. */
    public List<ScenarioVersion> currentVersions() {
        return em.createQuery("""
                        select v from PublishedScenario s join s.currentVersion v join fetch v.scenario
                        order by s.key""", ScenarioVersion.class).getResultList();
    }

    public Optional<ScenarioVersion> currentVersion(String scenarioKey) {
        return em.createQuery("""
                        select v from PublishedScenario s join s.currentVersion v join fetch v.scenario
                        where s.key = :k""", ScenarioVersion.class)
                .setParameter("k", scenarioKey)
                .getResultStream()
                .findFirst();
    }

    public Optional<ScenarioVersion> version(long versionId) {
        return Optional.ofNullable(em.find(ScenarioVersion.class, versionId));
    }

    public List<ScenarioVersion> versionsOf(String scenarioKey) {
        return em.createQuery(
                        "select v from ScenarioVersion v where v.scenario.key = :k order by v.versionNo",
                        ScenarioVersion.class)
                .setParameter("k", scenarioKey)
                .getResultList();
    }

    /** A session with its scenario version, in one query; the turns load with it when asked for. */
    public Optional<PlaySession> session(long sessionId) {
        return em.createQuery("""
                        select s from PlaySession s join fetch s.scenarioVersion v join fetch v.scenario
                        where s.id = :id""", PlaySession.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The session, its row locked until the transaction ends: two replies to the same session (two tabs, a retried
     * request) then run one after the other, and the second sees the turn the first logged.
     */
    public Optional<PlaySession> sessionForUpdate(long sessionId) {
        return em.createQuery("select s from PlaySession s where s.id = :id", PlaySession.class)
                .setParameter("id", sessionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Per scenario key, what this officer did: finished plays, best points, and the newest session still open. */
    public Map<String, BestResult> results(long userId) {
        Map<String, Object[]> finished = new HashMap<>();
        em.createQuery("""
                        select v.scenario.key, count(s), max(s.points) from PlaySession s join s.scenarioVersion v
                        where s.userId = :u and s.finishedAt is not null group by v.scenario.key""", Object[].class)
                .setParameter("u", userId)
                .getResultList()
                .forEach(row -> finished.put((String) row[0], row));
        Map<String, Long> open = new HashMap<>();
        em.createQuery("""
                        select v.scenario.key, max(s.id) from PlaySession s join s.scenarioVersion v
                        where s.userId = :u and s.finishedAt is null and v.scenario.currentVersion = v
                        group by v.scenario.key""", Object[].class)
                .setParameter("u", userId)
                .getResultList()
                .forEach(row -> open.put((String) row[0], ((Number) row[1]).longValue()));
        Map<String, BestResult> results = new HashMap<>();
        Set<String> keys = new HashSet<>(finished.keySet());
        keys.addAll(open.keySet());
        for (String key : keys) {
            Object[] row = finished.get(key);
            results.put(
                    key,
                    new BestResult(
                            key,
                            row == null ? 0 : ((Number) row[1]).longValue(),
                            row == null || row[2] == null ? null : ((Number) row[2]).intValue(),
                            open.get(key)));
        }
        return results;
    }

    /**
     * How often each reply of a scenario version was given, with the mean final score of those who gave it and how
     * many of them still finished at or above {@code strongPoints}: one aggregate query over the turn log. Typed
     * replies are left out: the choice they were routed along is not one the officer picked.
     */
    public List<ChoiceStat> choiceStats(long versionId, int strongPoints) {
        return em
                .createQuery("""
                        select t.nodeKey, t.choiceIndex, count(t), avg(s.points),
                               sum(case when s.points >= :strong then 1 else 0 end)
                        from PlayTurn t join t.session s
                        where s.scenarioVersion.id = :v and t.freeText = false
                        group by t.nodeKey, t.choiceIndex
                        order by t.nodeKey, t.choiceIndex""", Object[].class)
                .setParameter("v", versionId)
                .setParameter("strong", strongPoints)
                .getResultList()
                .stream()
                .map(row -> new ChoiceStat(
                        (String) row[0],
                        ((Number) row[1]).intValue(),
                        ((Number) row[2]).longValue(),
                        row[3] == null ? null : ((Number) row[3]).doubleValue(),
                        row[4] == null ? 0 : ((Number) row[4]).longValue()))
                .toList();
    }

    /** Sessions started and finished on a scenario version. */
    public long[] sessionCounts(long versionId) {
        Object[] row =
                em.createQuery("""
                        select count(s), sum(case when s.finishedAt is not null then 1 else 0 end)
                        from PlaySession s where s.scenarioVersion.id = :v""", Object[].class).setParameter("v", versionId).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    public Optional<PlayTurn> turn(long turnId) {
        return Optional.ofNullable(em.find(PlayTurn.class, turnId));
    }

    /**
     * Typed replies, newest first, each with its session and scenario version loaded, in one query; who typed and who
     * overrode them are user ids, named by the account feature.
     */
    public List<PlayTurn> freeTextTurns(int max) {
        return em.createQuery("""
                        select t from PlayTurn t join fetch t.session s join fetch s.scenarioVersion v
                        where t.freeText = true
                        order by t.takenAt desc, t.id desc""", PlayTurn.class).setMaxResults(max).getResultList();
    }

    public void add(LiveScorecard card) {
        em.persist(card);
        em.flush();
    }

    public Optional<LiveScorecard> liveScorecard(long id) {
        return Optional.ofNullable(em.find(LiveScorecard.class, id));
    }

    /** An officer's live scorecards, newest first, their rubric lines fetched in the same query. */
    public List<LiveScorecard> liveScorecardsOf(long officerId) {
        return em.createQuery("""
                        select distinct c from LiveScorecard c left join fetch c.items
                        where c.officerId = :o order by c.heldAt desc""", LiveScorecard.class)
                .setParameter("o", officerId)
                .getResultList();
    }

    /** The newest live scorecards of everyone, their rubric lines fetched in the same query. */
    public List<LiveScorecard> recentLiveScorecards(int max) {
        List<Long> ids = em.createQuery(
                        "select c.id from LiveScorecard c order by c.heldAt desc, c.id desc", Long.class)
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select distinct c from LiveScorecard c left join fetch c.items
                        where c.id in :ids order by c.heldAt desc""", LiveScorecard.class).setParameter("ids", ids).getResultList();
    }

    public void add(PublishedScenario scenario) {
        em.persist(scenario);
        em.flush();
    }

    public void add(ScenarioVersion version) {
        em.persist(version);
        em.flush();
    }

    public void add(PlaySession session) {
        em.persist(session);
        em.flush();
    }

    /** Writes the turns and score just recorded on a managed session, so that ids and constraints are checked now. */
    public void flush() {
        em.flush();
    }
}
