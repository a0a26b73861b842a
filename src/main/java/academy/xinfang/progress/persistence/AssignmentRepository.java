package academy.xinfang.progress.persistence;

import academy.xinfang.progress.domain.AssignmentScope;
import academy.xinfang.progress.domain.CourseAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All queries on course assignments. */
@ApplicationScoped
public class AssignmentRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected AssignmentRepository() {}

    /** For repository tests outside the container. */
    public AssignmentRepository(EntityManager em) {
        this.em = em;
    }

    /** Every assignment, newest first. */
    public List<CourseAssignment> assignments() {
        return em.createQuery("select a from CourseAssignment a order by a.id desc", CourseAssignment.class)
                .getResultList();
    }

    public Optional<CourseAssignment> assignment(long id) {
        return Optional.ofNullable(em.find(CourseAssignment.class, id));
    }

    /**
     * The assignments that can reach one officer: to them, to one of their cohorts, or to their department or one
     * above it. One query; the caller merges them with {@link AssignmentScope}.
     */
    public List<CourseAssignment> assignmentsReaching(
            long userId, Collection<Long> departmentAndAbove, Collection<Long> cohortIds) {
        return em.createQuery("""
                        select a from CourseAssignment a
                        where a.userId = :u or a.departmentId in :d or a.cohortId in :c
                        order by a.id""", CourseAssignment.class)
                .setParameter("u", userId)
                .setParameter("d", nonEmpty(departmentAndAbove))
                .setParameter("c", nonEmpty(cohortIds))
                .getResultList();
    }

    public List<CourseAssignment> assignmentsOf(String courseKey) {
        return em.createQuery(
                        "select a from CourseAssignment a where a.courseKey = :c order by a.id", CourseAssignment.class)
                .setParameter("c", courseKey)
                .getResultList();
    }

    public CourseAssignment add(CourseAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    public void remove(CourseAssignment assignment) {
        em.remove(assignment);
        em.flush();
    }

    /** An empty IN list is not valid SQL everywhere: a value no row has stands in for it. */
    private static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
