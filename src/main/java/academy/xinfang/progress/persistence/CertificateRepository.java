package academy.xinfang.progress.persistence;

import academy.xinfang.progress.domain.Certificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** All queries on certificates. */
@ApplicationScoped
public class CertificateRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected CertificateRepository() {}

    /** For repository tests outside the container. */
    public CertificateRepository(EntityManager em) {
        this.em = em;
    }

    public Certificate add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    public Optional<Certificate> byCode(String code) {
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Certificate> of(long userId, String courseKey) {
        return em.createQuery("select c from Certificate c where c.userId = :u and c.courseKey = :k", Certificate.class)
                .setParameter("u", userId)
                .setParameter("k", courseKey)
                .getResultStream()
                .findFirst();
    }

    public Optional<Certificate> byId(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }
}
