package academy.xinfang.account.persistence;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.platform.security.CallerAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All queries on users. */
@ApplicationScoped
public class UserRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected UserRepository() {}

    /** For repository tests outside the container. */
    public UserRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<User> findById(long id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /**
     * Locks the account until {@code until} unless it is locked at {@code now}, in one conditional update. Of parallel
     * failed sign-ins that each reach the limit, exactly one locks the account and the others find it locked; reading
     * the entity and changing it instead let two of them write it together, and the second failed on its version (a
     * 500 for that guess). The version is raised as an entity write would, so that a form holding the account as it
     * was cannot overwrite the lock.
     *
     * @return whether this call locked it
     */
    public boolean lockUnlessLocked(long id, Instant now, Instant until) {
        return em.createQuery("""
                        update User u set u.lockedUntil = :until, u.version = u.version + 1
                        where u.id = :id and (u.lockedUntil is null or u.lockedUntil <= :now)""")
                        .setParameter("until", until)
                        .setParameter("id", id)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    public Optional<User> findByUsername(String username) {
        return em.createQuery("select u from User u where u.username = :u", User.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * The account's standing, for the check on every signed-in request: one query on the primary key (the roles
     * come in the same query by a join), a projection rather than the entity, in the form the authentication
     * mechanism takes (roles as group names), so that nothing copies it again.
     */
    public Optional<CallerAccounts.Standing> standing(long id) {
        List<Object[]> rows =
                em.createQuery("""
                        select u.enabled, u.securityStamp, u.mustChangePassword, r
                        from User u left join u.roles r where u.id = :id""", Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>(4);
        for (Object[] row : rows) {
            if (row[3] instanceof Role role) {
                groups.add(role.name());
            }
        }
        Object[] first = rows.get(0);
        return Optional.of(new CallerAccounts.Standing(
                (Boolean) first[0], ((Number) first[1]).longValue(), (Boolean) first[2], groups));
    }

    /** Of the given usernames, those that already have an account: one query for a whole import file. */
    public Set<String> existingUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select u.username from User u where u.username in :names", String.class)
                .setParameter("names", usernames)
                .getResultList());
    }

    public boolean anyWithRole(Role role) {
        return !em.createQuery("select u.id from User u join u.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * One page of users for the administrators' list, filtered by a substring of username or display name; the
     * department is fetched in the same query.
     */
    public List<User> search(String text, int first, int max) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
        return em.createQuery("""
                        select u from User u left join fetch u.department
                        where lower(u.username) like :t or lower(u.displayName) like :t
                        order by u.username""", User.class)
                .setParameter("t", like)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countByDepartment(long departmentId) {
        return em.createQuery("select count(u) from User u where u.department.id = :d", Long.class)
                .setParameter("d", departmentId)
                .getSingleResult();
    }

    /** Saves a new user; flushed at once so that its generated id is known. */
    public void add(User user) {
        em.persist(user);
        em.flush();
    }

    /** Saves many new users with one flush (bulk import). */
    public void addAll(List<User> newUsers) {
        newUsers.forEach(em::persist);
        em.flush();
    }
}
