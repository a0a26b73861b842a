package academy.xinfang.account.web;

import academy.xinfang.account.application.AccountService;
import academy.xinfang.account.domain.AccountException;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.security.SecurityConfiguration;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * Change one's own password. When the password was set by someone else (import, reset) this is the only page open
 * until it is changed; afterwards the user goes on to their home page. This session stays signed in, the account's
 * other sessions end.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private boolean required;
    private String current;
    private String next;
    private String confirm;

    /** View action. */
    public void load() {
        required = accounts.me().mustChangePassword();
    }

    public String save() {
        if (next == null || !next.equals(confirm)) {
            Messages.error("password.mismatch");
            return null;
        }
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            long stamp = accounts.changeOwnPassword(current, next, request.getRemoteAddr());
            SecurityConfiguration.keepSignedIn(request, stamp);
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("password.changed");
        return required ? "/index.xhtml?faces-redirect=true" : "/account/password.xhtml?faces-redirect=true";
    }

    public boolean isRequired() {
        return required;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
