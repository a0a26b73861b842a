package academy.xinfang.account.persistence;

import academy.xinfang.account.domain.LoginLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All queries on account locks. */
@ApplicationScoped
public class LoginLockRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected LoginLockRepository() {}

    /** For repository tests outside the container. */
    public LoginLockRepository(EntityManager em) {
        this.em = em;
    }

    public void add(LoginLock lock) {
        em.persist(lock);
    }

    /** When the account was last locked: failures before that were paid for by that lock. */
    public Optional<Instant> latestLockOf(String username) {
        return em.createQuery(
                        "select l.lockedAt from LoginLock l where l.username = :u order by l.lockedAt desc",
                        Instant.class)
                .setParameter("u", username)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Locks of the account still in force at the given time. */
    public List<LoginLock> activeAt(String username, Instant now) {
        return em.createQuery("""
                        select l from LoginLock l
                        where l.username = :u and l.unlockedAt is null and l.lockedUntil > :now""", LoginLock.class)
                .setParameter("u", username)
                .setParameter("now", now)
                .getResultList();
    }

    /** The newest locks first, for the administrators' list. */
    public List<LoginLock> recent(int max) {
        return em.createQuery("select l from LoginLock l order by l.lockedAt desc, l.id desc", LoginLock.class)
                .setMaxResults(max)
                .getResultList();
    }
}
