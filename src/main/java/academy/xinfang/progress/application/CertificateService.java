package academy.xinfang.progress.application;

import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.progress.domain.Certificate;
import academy.xinfang.progress.domain.VerificationCode;
import academy.xinfang.progress.export.CertificatePdf;
import academy.xinfang.progress.persistence.CertificateRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Certificates: the officer's own PDF, and the public check of a verification code. */
@Stateless
public class CertificateService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** What the public page may say about a valid code: what the certificate itself says, nothing more. */
    public record Verified(String holderName, String courseTitle, LocalDate completedOn, String code)
            implements Serializable {}

    @Inject
    CertificateRepository certificates;

    @Inject
    UserDirectory users;

    /** A TrueType font with Chinese glyphs; the Docker image and .ci/run install this one (fonts-wqy-microhei). */
    @Inject
    @ConfigProperty(name = "academy.certificate.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    String font;

    @Inject
    @ConfigProperty(name = "academy.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The unit that issues certificates (the county's petition bureau, say); unset, the bundle's default. */
    @Inject
    @ConfigProperty(name = "academy.certificate.issuer")
    Optional<String> issuer;

    /** The caller's own certificate as a PDF; someone else's is refused as not found. */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public byte[] pdf(long id) {
        long caller = users.callerId();
        Certificate c = certificates
                .byId(id)
                .filter(x -> x.getUserId() == caller)
                .orElseThrow(() -> new ProgressException("certificate.notFound", id));
        Path fontFile = Path.of(font);
        if (!Files.isReadable(fontFile)) {
            throw new ProgressException("certificate.noFont", font);
        }
        return CertificatePdf.render(
                new CertificatePdf.Content(
                        Messages.text(Locale.SIMPLIFIED_CHINESE, "app.name"),
                        configuredIssuer()
                                .orElse(Messages.text(Locale.SIMPLIFIED_CHINESE, "certificate.issuer.default")),
                        c.getHolderName(),
                        c.getCourseTitle(),
                        c.getCompletedAt().atZone(ZONE).toLocalDate(),
                        c.getCode(),
                        publicUrl.replaceAll("/+$", "") + "/verify.xhtml?code=" + c.getCode()),
                fontFile,
                (key, args) -> Messages.text(Locale.SIMPLIFIED_CHINESE, key, args));
    }

    /** Anyone may check a code (an employer, an inspector); a mistyped code is told apart from an unknown one. */
    @PermitAll
    public Optional<Verified> verify(String typed) {
        return VerificationCode.normalize(typed).flatMap(certificates::byCode).map(CertificateService::verified);
    }

    /**
     * The issuing unit's name as configured ({@code academy.certificate.issuer}), if it is; pages show the bundle's
     * default in their language otherwise. Read when a certificate is drawn or checked, so a renamed unit shows on
     * every certificate from then on.
     */
    @PermitAll
    public Optional<String> configuredIssuer() {
        return issuer.map(String::strip).filter(s -> !s.isEmpty());
    }

    @PermitAll
    public boolean wellFormed(String typed) {
        return VerificationCode.normalize(typed).isPresent();
    }

    static Verified verified(Certificate c) {
        return new Verified(
                c.getHolderName(),
                c.getCourseTitle(),
                c.getCompletedAt().atZone(ZONE).toLocalDate(),
                VerificationCode.format(c.getCode()));
    }
}
