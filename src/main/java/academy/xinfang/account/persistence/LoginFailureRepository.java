package academy.xinfang.account.persistence;

import academy.xinfang.account.domain.LoginFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All queries on failed sign-ins; each one runs on an index of {@code login_failure} (see V10). */
@ApplicationScoped
public class LoginFailureRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected LoginFailureRepository() {}

    /** For repository tests outside the container. */
    public LoginFailureRepository(EntityManager em) {
        this.em = em;
    }

    /** Failures of one name from one address since a time, and the latest of them. */
    public record PairStats(int failures, Instant latest) {}

    /** Failures of one account from any addresses since a time, and from how many addresses. */
    public record AccountStats(int failures, int addresses) {}

    /** Saves a failure; flushed at once so that its id is known and concurrent attempts see it. */
    public LoginFailure add(LoginFailure failure) {
        em.persist(failure);
        em.flush();
        return failure;
    }

    public PairStats pair(String username, String address, Instant since, long excludedId) {
        Object[] row = em.createQuery("""
                        select count(f.id), max(f.occurredMs) from LoginFailure f
                        where f.username = :u and f.address = :a and f.occurredMs >= :since and f.id <> :own""", Object[].class)
                .setParameter("u", username)
                .setParameter("a", address)
                .setParameter("since", since.toEpochMilli())
                .setParameter("own", excludedId)
                .getSingleResult();
        int count = ((Number) row[0]).intValue();
        return new PairStats(count, row[1] == null ? null : Instant.ofEpochMilli(((Number) row[1]).longValue()));
    }

    /** The time of the n-th most recent failure from an address since a time, if it had that many. */
    public Optional<Instant> nthMostRecentFrom(String address, Instant since, int n, long excludedId) {
        List<Long> found = em.createQuery("""
                        select f.occurredMs from LoginFailure f
                        where f.address = :a and f.occurredMs >= :since and f.id <> :own
                        order by f.occurredMs desc""", Long.class)
                .setParameter("a", address)
                .setParameter("since", since.toEpochMilli())
                .setParameter("own", excludedId)
                .setFirstResult(n - 1)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(found.get(0)));
    }

    public AccountStats account(String username, Instant since) {
        Object[] row = em.createQuery("""
                        select count(f.id), count(distinct f.address) from LoginFailure f
                        where f.username = :u and f.occurredMs >= :since""", Object[].class)
                .setParameter("u", username)
                .setParameter("since", since.toEpochMilli())
                .getSingleResult();
        return new AccountStats(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    public void remove(long id) {
        em.createQuery("delete from LoginFailure f where f.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** A success clears the name's failures from that address, and only those. */
    public void removePair(String username, String address) {
        em.createQuery("delete from LoginFailure f where f.username = :u and f.address = :a")
                .setParameter("u", username)
                .setParameter("a", address)
                .executeUpdate();
    }

    /** An administrator's unlock or reset gives the account a fresh start from every address. */
    public void removeAccount(String username) {
        em.createQuery("delete from LoginFailure f where f.username = :u")
                .setParameter("u", username)
                .executeUpdate();
    }

    public int removeOlderThan(Instant before) {
        return em.createQuery("delete from LoginFailure f where f.occurredMs < :before")
                .setParameter("before", before.toEpochMilli())
                .executeUpdate();
    }
}
