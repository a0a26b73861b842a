package academy.xinfang.progress.persistence;

import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.PublishedCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** All queries on published courses and their versions. */
@ApplicationScoped
public class CourseRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected CourseRepository() {}

    /** For repository tests outside the container. */
    public CourseRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<PublishedCourse> findCourse(String key) {
        return em.createQuery("select c from PublishedCourse c where c.key = :k", PublishedCourse.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<CourseVersion> latestVersion(PublishedCourse course) {
        return em.createQuery(
                        "select v from CourseVersion v where v.course = :c order by v.versionNo desc",
                        CourseVersion.class)
                .setParameter("c", course)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean hasVersionWithHash(PublishedCourse course, String contentHash) {
        return !em.createQuery(
                        "select v.id from CourseVersion v where v.course = :c and v.contentHash = :h", Long.class)
                .setParameter("c", course)
                .setParameter("h", contentHash)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The versions officers follow, by course key. */
    public List<CourseVersion> currentVersions() {
        return em.createQuery("""
                        select v from PublishedCourse c join c.currentVersion v join fetch v.course
                        order by c.key""", CourseVersion.class).getResultList();
    }

    public Optional<CourseVersion> currentVersion(String courseKey) {
        return em.createQuery("""
                        select v from PublishedCourse c join c.currentVersion v join fetch v.course
                        where c.key = :k""", CourseVersion.class)
                .setParameter("k", courseKey)
                .getResultStream()
                .findFirst();
    }

    public List<CourseVersion> versionsOf(String courseKey) {
        return em.createQuery(
                        "select v from CourseVersion v where v.course.key = :k order by v.versionNo",
                        CourseVersion.class)
                .setParameter("k", courseKey)
                .getResultList();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
