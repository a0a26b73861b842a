package academy.xinfang.progress.persistence;

import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.domain.CohortMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All queries on cohorts and their members (member ids only: names are the account feature's). */
@ApplicationScoped
public class CohortRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected CohortRepository() {}

    /** For repository tests outside the container. */
    public CohortRepository(EntityManager em) {
        this.em = em;
    }

    public List<Cohort> cohorts() {
        return em.createQuery("select c from Cohort c order by c.name", Cohort.class)
                .getResultList();
    }

    public Optional<Cohort> cohort(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    public Optional<Cohort> cohortNamed(String name) {
        return em.createQuery("select c from Cohort c where c.name = :n", Cohort.class)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
    }

    /** Ids of the cohorts an officer belongs to. */
    public Set<Long> cohortsOf(long userId) {
        return new HashSet<>(em.createQuery("select c.id from Cohort c join c.memberIds m where m = :u", Long.class)
                .setParameter("u", userId)
                .getResultList());
    }

    /** Every member of every cohort, in one query. */
    public List<CohortMember> members() {
        return em.createQuery("""
                        select new academy.xinfang.progress.domain.CohortMember(c.id, m)
                        from Cohort c join c.memberIds m""", CohortMember.class).getResultList();
    }

    /** The members of the given cohorts. */
    public List<CohortMember> membersOf(Collection<Long> cohorts) {
        return em.createQuery("""
                        select new academy.xinfang.progress.domain.CohortMember(c.id, m)
                        from Cohort c join c.memberIds m where c.id in :c""", CohortMember.class)
                .setParameter("c", cohorts.isEmpty() ? List.of(-1L) : cohorts)
                .getResultList();
    }

    public Cohort add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
        return cohort;
    }
}
