package academy.xinfang.account.persistence;

import academy.xinfang.account.domain.DepartmentSummary;
import academy.xinfang.account.domain.Person;
import academy.xinfang.account.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Light reads of users and departments for other features (assignments, reports, insights, learning records): records,
 * not entities, each in one query whatever the number of people.
 */
@ApplicationScoped
public class PeopleRepository {
    private static final String PERSON =
            "new academy.xinfang.account.domain.Person(u.id, u.username, u.displayName, d.id)";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected PeopleRepository() {}

    /** For repository tests outside the container. */
    public PeopleRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Long> idOf(String username) {
        return em.createQuery("select u.id from User u where u.username = :n", Long.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    /** The people with the given ids, by id. */
    public Map<Long, Person> people(Collection<Long> ids) {
        Map<Long, Person> people = new HashMap<>();
        em.createQuery("select " + PERSON + " from User u left join u.department d where u.id in :ids", Person.class)
                .setParameter("ids", nonEmpty(ids))
                .getResultList()
                .forEach(p -> people.put(p.id(), p));
        return people;
    }

    /** Enabled officers in any of the departments or among the ids, by display name and user name. */
    public List<Person> officersIn(Collection<Long> departments, Collection<Long> ids) {
        return em.createQuery("select " + PERSON + """
                         from User u left join u.department d
                        where u.enabled = true and :officer member of u.roles and (d.id in :d or u.id in :u)
                        order by u.displayName, u.username""", Person.class)
                .setParameter("d", nonEmpty(departments))
                .setParameter("u", nonEmpty(ids))
                .setParameter("officer", Role.OFFICER)
                .getResultList();
    }

    /** Enabled officers by user name, at most {@code max}, for a trainer's choice of whom a live role-play scores. */
    public List<Person> officers(int max) {
        return em.createQuery("select " + PERSON + """
                         from User u left join u.department d
                        where u.enabled = true and :officer member of u.roles
                        order by u.username""", Person.class)
                .setParameter("officer", Role.OFFICER)
                .setMaxResults(max)
                .getResultList();
    }

    /** The department of every user who has one: user id to department id. */
    public Map<Long, Long> departmentOfEveryone() {
        Map<Long, Long> departments = new HashMap<>();
        em.createQuery("select u.id, d.id from User u join u.department d", Object[].class)
                .getResultList()
                .forEach(row -> departments.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return departments;
    }

    /** Officers (any state) per department id, summed by the database. */
    public Map<Long, Long> officersPerDepartment() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("""
                        select d.id, count(u) from User u join u.department d
                        where :officer member of u.roles group by d.id""", Object[].class)
                .setParameter("officer", Role.OFFICER)
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    public Optional<Long> departmentOf(long userId) {
        return em.createQuery("select d.id from User u join u.department d where u.id = :u", Long.class)
                .setParameter("u", userId)
                .getResultStream()
                .findFirst();
    }

    public boolean departmentExists(long departmentId) {
        return !em.createQuery("select d.id from Department d where d.id = :d", Long.class)
                .setParameter("d", departmentId)
                .getResultList()
                .isEmpty();
    }

    /** Every department by name: the tree as parent links (departments are few). */
    public List<DepartmentSummary> departments() {
        return em.createQuery("""
                        select d.id, d.name, d.kind, p.id from Department d left join d.parent p
                        order by d.name""", Object[].class).getResultList().stream()
                .map(PeopleRepository::department)
                .toList();
    }

    /**
     * The department and those above it up to the county: a few one-row queries (the tree is a handful of levels
     * deep) instead of reading the whole tree. A cycle in bad data ends the walk.
     */
    public List<DepartmentSummary> departmentChain(long departmentId) {
        List<DepartmentSummary> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long id = departmentId;
        while (id != null && seen.add(id)) {
            List<Object[]> row =
                    em.createQuery("""
                            select d.id, d.name, d.kind, p.id from Department d left join d.parent p
                            where d.id = :d""", Object[].class).setParameter("d", id).getResultList();
            if (row.isEmpty()) {
                break;
            }
            DepartmentSummary d = department(row.get(0));
            chain.add(d);
            id = d.parentId();
        }
        return chain;
    }

    private static DepartmentSummary department(Object[] row) {
        return new DepartmentSummary(
                ((Number) row[0]).longValue(),
                (String) row[1],
                String.valueOf(row[2]),
                row[3] == null ? null : ((Number) row[3]).longValue());
    }

    /** An empty IN list is not valid SQL everywhere: an id no row has stands in for it. */
    private static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
