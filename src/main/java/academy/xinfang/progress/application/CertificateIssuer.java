package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.progress.domain.Certificate;
import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.progress.persistence.CertificateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;

/**
 * Issues the certificate of a course the caller's services found complete, once: the first time an officer's completed
 * course is shown, which is the day the academy saw it complete. Runs in the caller's transaction; only services that
 * have checked completion call it, never a page.
 */
@ApplicationScoped
public class CertificateIssuer {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateRepository certificates;

    @Inject
    People people;

    public Certificate issue(long userId, String courseKey, String courseTitle, Instant now) {
        return certificates.of(userId, courseKey).orElseGet(() -> {
            String holder = people.people(Set.of(userId)).get(userId).displayName();
            String code = VerificationCode.generate(RANDOM);
            while (certificates.byCode(code).isPresent()) { // 32^11 codes: practically never twice
                code = VerificationCode.generate(RANDOM);
            }
            return certificates.add(new Certificate(code, userId, courseKey, courseTitle, holder, now, now));
        });
    }
}
