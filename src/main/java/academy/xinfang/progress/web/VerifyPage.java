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
    private boolean checked;

    public CertificateService.Verified getResult() {
        if (!checked && code != null && !code.isBlank()) {
            result = certificates.verify(code).orElse(null);
            checked = true;
        }
        return result;
    }

    public boolean isAsked() {
        return code != null && !code.isBlank();
    }

    public boolean isWellFormed() {
        return isAsked() && certificates.wellFormed(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }
}
