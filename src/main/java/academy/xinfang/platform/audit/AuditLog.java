package academy.xinfang.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the audit log. A record joins the transaction of the action it describes, so an action that rolls
 * back leaves no entry and an entry never describes something that did not happen.
 */
@ApplicationScoped
public class AuditLog {
    /** Between the old and the new value in the detail of a rename, which the audit page reads back. */
    public static final String RENAMED = " → ";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    Clock clock;

    protected AuditLog() {}

    /** For repository tests outside the container. */
    public AuditLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** What to look for: every field optional; {@code to} is exclusive. */
    public record Filter(String actor, AuditAction action, Instant from, Instant to) {}

    public void record(String actor, AuditAction action, String target, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor, action, target, detail));
    }

    /** Newest first, {@code max} rows from {@code first}. */
    public List<AuditEvent> search(Filter filter, int first, int max) {
        return query(filter, "select e", " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "select count(e)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            where.add("e.actor = :actor");
        }
        if (f.action() != null) {
            where.add("e.action = :action");
        }
        if (f.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (f.to() != null) {
            where.add("e.occurredAt < :to");
        }
        String jpql = select + " from AuditEvent e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        if (f.actor() != null && !f.actor().isBlank()) {
            q.setParameter("actor", f.actor().strip());
        }
        if (f.action() != null) {
            q.setParameter("action", f.action().name());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        return q;
    }
}
