package academy.xinfang.content.persistence;

import academy.xinfang.content.domain.ReadingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregate reads of reading progress for other features (course progress, reports, learning records): each a single
 * query over the given module keys, whatever the number of officers.
 */
@ApplicationScoped
public class ReadingResultRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected ReadingResultRepository() {}

    /** For repository tests outside the container. */
    public ReadingResultRepository(EntityManager em) {
        this.em = em;
    }

    /** Keys of the modules online (with a current version). */
    public Set<String> onlineModules() {
        return new HashSet<>(
                em.createQuery("select m.key from LearningModule m where m.currentVersion is not null", String.class)
                        .getResultList());
    }

    /** Current title of every module online, by key. */
    public Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        em.createQuery("select m.key, v.title from LearningModule m join m.currentVersion v", Object[].class)
                .getResultList()
                .forEach(row -> titles.put((String) row[0], (String) row[1]));
        return titles;
    }

    /** The modules among the keys one officer started, each with whether they read it to the end. */
    public Map<String, Boolean> readBy(long userId, Collection<String> keys) {
        Map<String, Boolean> read = new HashMap<>();
        em.createQuery("""
                        select m.key, count(p.completedAt) from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and p.userId = :u and m.key in :k group by m.key""", Object[].class)
                .setParameter("u", userId)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> read.put((String) row[0], ((Number) row[1]).longValue() > 0));
        return read;
    }

    /** Per officer, how many of the modules they read to the end. */
    public Map<Long, Long> completedPerOfficer(Collection<String> keys) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        select p.userId, count(p) from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and p.completedAt is not null and m.key in :k
                        group by p.userId""", Object[].class)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Per officer, when they last read any of the modules (MAX per officer, one query). */
    public Map<Long, Instant> lastReadPerOfficer(Collection<String> keys) {
        Map<Long, Instant> last = new HashMap<>();
        em.createQuery("""
                        select p.userId, max(p.updatedAt) from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and m.key in :k
                        group by p.userId""", Object[].class)
                .setParameter("k", nonEmpty(keys))
                .getResultList()
                .forEach(row -> last.put(((Number) row[0]).longValue(), (Instant) row[1]));
        return last;
    }

    /** Officers who read any section of any of the modules. */
    public Set<Long> startedBy(Collection<String> keys) {
        return new HashSet<>(em.createQuery("""
                        select distinct p.userId from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and m.key in :k""", Long.class)
                .setParameter("k", nonEmpty(keys))
                .getResultList());
    }

    /**
     * Readings of one officer (or all when null) active in [from, to) (either bound may be null), oldest first.
     * EclipseLink inlines a parameter compared with {@code is null}, which breaks for instants, so only the filters
     * given are written.
     */
    public List<ReadingEvent> events(Long userId, Instant from, Instant to) {
        TypedQuery<ReadingEvent> q = em.createQuery(
                """
                select new academy.xinfang.content.domain.ReadingEvent(
                    p.userId, m.key, v.title, p.startedAt, p.completedAt)
                from ModuleProgress p, LearningModule m join m.currentVersion v
                where m.id = p.moduleId
                """ + (userId == null ? "" : " and p.userId = :user")
                        + (from == null ? "" : " and p.updatedAt >= :from")
                        + (to == null ? "" : " and p.startedAt < :to") + " order by p.startedAt",
                ReadingEvent.class);
        if (userId != null) {
            q.setParameter("user", userId);
        }
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.getResultList();
    }

    /** An empty IN list is not valid SQL everywhere: a key no row has stands in for it. */
    private static Collection<String> nonEmpty(Collection<String> keys) {
        return keys.isEmpty() ? List.of("") : keys;
    }
}
