package academy.xinfang.roleplay.persistence;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.OfficerScore;
import academy.xinfang.roleplay.domain.PlaySession;
import academy.xinfang.roleplay.domain.QualityTotal;
import academy.xinfang.roleplay.domain.ScenarioBest;
import academy.xinfang.roleplay.domain.SessionEvent;
import academy.xinfang.roleplay.domain.TabooCount;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregate reads of role-play sessions for other features (course progress, reports, insights, learning records):
 * each a single query, summed by the database, whatever the number of officers. Whether a session hit a capping taboo
 * is the one the scoring stored ({@code PlaySession.cappedByTaboo}, after any trainer's override).
 */
@ApplicationScoped
public class RolePlayResultRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected RolePlayResultRepository() {}

    /** For repository tests outside the container. */
    public RolePlayResultRepository(EntityManager em) {
        this.em = em;
    }

    /** Keys of the scenarios online (with a current version). */
    public Set<String> onlineScenarios() {
        return new HashSet<>(
                em.createQuery("select s.key from PublishedScenario s where s.currentVersion is not null", String.class)
                        .getResultList());
    }

    /** Current title of every scenario online, by key. */
    public Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        em.createQuery("select s.key, v.title from PublishedScenario s join s.currentVersion v", Object[].class)
                .getResultList()
                .forEach(row -> titles.put((String) row[0], (String) row[1]));
        return titles;
    }

    /** One officer's best finished session per scenario among the keys, preferring sessions without a capping taboo. */
    public Map<String, ScenarioBest> bestOf(long userId, Collection<String> keys) {
        Map<String, ScenarioBest> best = new HashMap<>();
        em.createQuery("""
                        select v.scenario.key, s.cappedByTaboo, max(s.points) from PlaySession s join s.scenarioVersion v
                        where s.userId = :u and s.finishedAt is not null and s.points is not null
                          and v.scenario.key in :k group by v.scenario.key, s.cappedByTaboo""", Object[].class)
                .setParameter("u", userId)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> {
                    ScenarioBest b = new ScenarioBest((String) row[0], ((Number) row[2]).intValue(), (Boolean) row[1]);
                    best.merge(b.scenarioKey(), b, (x, y) -> x.cappedByTaboo() ? y : x);
                });
        return best;
    }

    /** Per officer and scenario among the keys, the best points of a finished session without a capping taboo. */
    public List<OfficerScore> bestUncapped(Collection<String> keys) {
        return em.createQuery("""
                        select new academy.xinfang.roleplay.domain.OfficerScore(s.userId, v.scenario.key, max(s.points))
                        from PlaySession s join s.scenarioVersion v
                        where v.scenario.key in :k and s.finishedAt is not null and s.points is not null
                          and s.cappedByTaboo = false
                        group by s.userId, v.scenario.key""", OfficerScore.class)
                .setParameter("k", nonEmpty(keys))
                .getResultList();
    }

    /**
     * Per officer, the last time they started or finished a session of any of the scenarios (MAX per officer, one
     * query): an unfinished session counts from its start.
     */
    public Map<Long, Instant> lastActivityPerOfficer(Collection<String> keys) {
        Map<Long, Instant> last = new HashMap<>();
        em.createQuery("""
                        select s.userId, max(s.startedAt), max(s.finishedAt) from PlaySession s join s.scenarioVersion v
                        where v.scenario.key in :k group by s.userId""", Object[].class)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> {
                    Instant started = (Instant) row[1];
                    Instant finished = (Instant) row[2];
                    last.put(
                            ((Number) row[0]).longValue(),
                            finished != null && finished.isAfter(started) ? finished : started);
                });
        return last;
    }

    /** Officers who finished a session of any of the scenarios. */
    public Set<Long> finishedBy(Collection<String> keys) {
        return new HashSet<>(em.createQuery("""
                        select distinct s.userId from PlaySession s join s.scenarioVersion v
                        where s.finishedAt is not null and v.scenario.key in :k""", Long.class)
                .setParameter("k", nonEmpty(keys))
                .getResultList());
    }

    /** Quality score sums per officer over sessions finished in [from, to) (a null bound is open). Native SQL. */
    public List<QualityTotal> qualityTotals(Instant from, Instant to) {
        List<QualityTotal> out = new ArrayList<>();
        String sql = "SELECT s.user_id, q.quality, SUM(q.score), COUNT(*) FROM roleplay_session_quality q"
                + " JOIN roleplay_session s ON s.id = q.session_id"
                + " WHERE s.finished_at IS NOT NULL" + range("s.finished_at", from, to)
                + " GROUP BY s.user_id, q.quality";
        for (Object[] r : rows(bind(em.createNativeQuery(sql), from, to))) {
            Tag.parse((String) r[1])
                    .ifPresent(t -> out.add(new QualityTotal(
                            number(r[0]), t, r[2] == null ? 0 : ((Number) r[2]).doubleValue(), number(r[3]))));
        }
        return out;
    }

    /** Turns per officer and taboo text taken in [from, to): a trainer's override replaces the taboos the scorer found. */
    public List<TabooCount> tabooCounts(Instant from, Instant to) {
        List<TabooCount> out = new ArrayList<>();
        String taboos = "COALESCE(t.override_taboos, t.taboos)";
        String sql = "SELECT s.user_id, " + taboos + ", COUNT(*) FROM roleplay_turn t"
                + " JOIN roleplay_session s ON s.id = t.session_id"
                + " WHERE " + taboos + " <> ''" + range("t.taken_at", from, to)
                + " GROUP BY s.user_id, " + taboos;
        for (Object[] r : rows(bind(em.createNativeQuery(sql), from, to))) {
            out.add(new TabooCount(number(r[0]), (String) r[1], number(r[2])));
        }
        return out;
    }

    /** Finished sessions of one officer (or all when null) in [from, to), oldest first. */
    public List<SessionEvent> sessions(Long userId, Instant from, Instant to) {
        TypedQuery<PlaySession> q = em.createQuery(
                """
                select s from PlaySession s join fetch s.scenarioVersion v join fetch v.scenario
                where s.finishedAt is not null
                """ + (userId == null ? "" : " and s.userId = :user")
                        + (from == null ? "" : " and s.finishedAt >= :from")
                        + (to == null ? "" : " and s.finishedAt < :to") + " order by s.finishedAt",
                PlaySession.class);
        if (userId != null) {
            q.setParameter("user", userId);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.getResultList().stream()
                .map(s -> {
                    Map<String, Integer> qualities = new LinkedHashMap<>();
                    s.getQualities().forEach((tag, score) -> qualities.put(tag.name(), score));
                    return new SessionEvent(
                            s.getUserId(),
                            s.getId(),
                            s.getScenarioVersion().getScenario().getKey(),
                            s.getScenarioVersion().getTitle(),
                            s.getPoints() == null ? 0 : s.getPoints(),
                            qualities,
                            s.getOutcome() == null ? "" : s.getOutcome().name(),
                            s.getFinishedAt());
                })
                .toList();
    }

    private static String range(String column, Instant from, Instant to) {
        return (from == null ? "" : " AND " + column + " >= ?1") + (to == null ? "" : " AND " + column + " < ?2");
    }

    private static Query bind(Query q, Instant from, Instant to) {
        if (from != null) {
            q.setParameter(1, Timestamp.from(from));
        }
        if (to != null) {
            q.setParameter(2, Timestamp.from(to));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    /** An empty IN list is not valid SQL everywhere: a key no row has stands in for it. */
    private static Collection<String> nonEmpty(Collection<String> keys) {
        return keys.isEmpty() ? List.of("") : keys;
    }
}
