package academy.xinfang.progress.web;

import academy.xinfang.progress.application.CertificateService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public page that confirms a certificate's verification code (no login). */
@Named
@RequestScoped
public class VerifyPage {
    @Inject
    CertificateService certificates;

    private String code;
    private CertificateService.Verified result;
    private boolean wellFormed;

    /** View action. */
    public void load() {
        if (isAsked()) {
            wellFormed = certificates.wellFormed(code);
            result = certificates.verify(code).orElse(null);
        }
    }

    public CertificateService.Verified getResult() {
        return result;
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    /** The issuing unit's configured name, or null for the bundle's default in the page's language. */
    public String getIssuer() {
        return certificates.configuredIssuer().orElse(null);
    }

    public boolean isWellFormed() {
        return wellFormed;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }
}
