package academy.xinfang.account.persistence;

import academy.xinfang.account.domain.Department;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** All queries on the department tree. */
@ApplicationScoped
public class DepartmentRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected DepartmentRepository() {}

    /** For repository tests outside the container. */
    public DepartmentRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Department> findById(long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }

    public Optional<Department> findByCode(String code) {
        return em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /** The whole tree in one query; parents are resolved from the same persistence context. */
    public List<Department> findAll() {
        return em.createQuery("select d from Department d left join fetch d.parent order by d.name", Department.class)
                .getResultList();
    }

    public long countChildren(long departmentId) {
        return em.createQuery("select count(d) from Department d where d.parent.id = :p", Long.class)
                .setParameter("p", departmentId)
                .getSingleResult();
    }

    /**
     * Whether another department under the same parent (or another county, at the top) already has this name: two
     * siblings with one name could not be told apart in the tree, the report or the assignment form.
     */
    public boolean siblingNamed(Long parentId, String name, long exceptId) {
        String parent = parentId == null ? "d.parent is null" : "d.parent.id = :p";
        var query = em.createQuery(
                        "select count(d) from Department d where " + parent + " and d.name = :n and d.id <> :x",
                        Long.class)
                .setParameter("n", name)
                .setParameter("x", exceptId);
        if (parentId != null) {
            query.setParameter("p", parentId);
        }
        return query.getSingleResult() > 0;
    }

    /** Saves a new department; flushed at once so that its generated id is known. */
    public void add(Department department) {
        em.persist(department);
        em.flush();
    }

    public void remove(Department department) {
        em.remove(department);
    }
}
