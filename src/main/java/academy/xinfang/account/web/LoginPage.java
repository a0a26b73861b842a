package academy.xinfang.account.web;

import academy.xinfang.account.application.LoginOutcome;
import academy.xinfang.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Explains a failed login: a lockout shows until when, anything else a single message that reveals nothing. */
@Named
@RequestScoped
public class LoginPage {
    private String error;
    private boolean errorRead;

    /**
     * View action. The form mechanism can only complete a login it started itself (by intercepting a protected page);
     * opened directly, the login page therefore sends the browser to a protected page, which shows this form again.
     */
    public String startLoginFlow() {
        var ext = FacesContext.getCurrentInstance().getExternalContext();
        boolean forwarded = ext.getRequestMap().containsKey("jakarta.servlet.forward.request_uri");
        boolean afterFailure = ext.getRequestParameterMap().containsKey("error");
        return forwarded || afterFailure ? null : "/account/home.xhtml?faces-redirect=true";
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    public String getError() {
        if (!errorRead) {
            error = readError();
            errorRead = true;
        }
        return error;
    }

    private String readError() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getRequestParameterMap().get("error") == null) {
            return null;
        }
        Object o = faces.getExternalContext().getSessionMap().remove(AcademyIdentityStore.OUTCOME_ATTRIBUTE);
        if (o instanceof LoginOutcome outcome) {
            if (outcome.status() == LoginOutcome.Status.LOCKED) {
                return Messages.text("login.locked", TIME.format(outcome.lockedUntil()));
            }
            if (outcome.status() == LoginOutcome.Status.DISABLED) {
                return Messages.text("login.disabled");
            }
        }
        return Messages.text("login.failed");
    }
}
