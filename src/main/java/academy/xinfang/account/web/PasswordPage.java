package academy.xinfang.account.web;

import academy.xinfang.account.application.AccountService;
import academy.xinfang.account.domain.AccountException;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Change one's own password. */
@Named
@ViewScoped
public class PasswordPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String current;
    private String next;
    private String confirm;

    public String save() {
        if (next == null || !next.equals(confirm)) {
            Messages.error("password.mismatch");
            return null;
        }
        try {
            accounts.changeOwnPassword(current, next);
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
        Messages.info("password.changed");
        return "/account/password.xhtml?faces-redirect=true";
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
