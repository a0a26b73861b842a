package academy.xinfang.progress.application;

import academy.xinfang.progress.domain.Certificate;
import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.progress.persistence.CertificateRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Certificates: the public check of a verification code. */
@Stateless
public class CertificateService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What the public page may say about a valid code: what the certificate itself says, nothing more. */
    public record Verified(String holderName, String courseTitle, LocalDate completedOn, String code)
            implements Serializable {}

    @Inject
    CertificateRepository certificates;

    /** Anyone may check a code (an employer, an inspector); a mistyped code is told apart from an unknown one. */
    @PermitAll
    public Optional<Verified> verify(String typed) {
        return VerificationCode.normalize(typed).flatMap(certificates::byCode).map(CertificateService::verified);
    }

    @PermitAll
    public boolean wellFormed(String typed) {
        return VerificationCode.normalize(typed).isPresent();
    }

    static Verified verified(Certificate c) {
        return new Verified(c.getHolderName(), c.getCourseTitle(), c.getCompletedAt().atZone(ZONE).toLocalDate(),
                VerificationCode.format(c.getCode()));
    }
}
