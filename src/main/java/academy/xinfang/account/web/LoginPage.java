package academy.xinfang.account.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.security.LoginToken;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.Map;

/**
 * The login page: its form token, one message for every failed login (or the wait, when throttled), and notices
 * for a sign-in that ended because the account changed or a login posted after the page expired. Everything it says
 * comes from request parameters: a failed login leaves nothing in a session.
 */
@Named
@RequestScoped
public class LoginPage {
    private String token;

    @PostConstruct
    void prepare() {
        HttpSession session = (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true);
        token = LoginToken.of(session);
    }

    /**
     * View action. Opened directly, without a reason to show the form (a failure, a notice), the login page sends the
     * browser to a protected page, which shows this form again and is where a signed-in user is sent home from.
     */
    public String startLoginFlow() {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        boolean forwarded = ext.getRequestMap().containsKey("jakarta.servlet.forward.request_uri");
        Map<String, String> params = ext.getRequestParameterMap();
        boolean explained = params.containsKey("error") || params.containsKey("ended") || params.containsKey("expired");
        return forwarded || explained ? null : "/account/home.xhtml?faces-redirect=true";
    }

    public String getToken() {
        return token;
    }

    public String getTokenParameter() {
        return LoginToken.PARAMETER;
    }

    public String getError() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String error = params.get("error");
        if (error == null) {
            return null;
        }
        if ("wait".equals(error)) {
            return Messages.text("login.throttled", seconds(params.get("seconds")));
        }
        return Messages.text("login.failed");
    }

    public String getNotice() {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (params.containsKey("ended")) {
            return Messages.text("login.ended");
        }
        if (params.containsKey("expired")) {
            return Messages.text("login.expired");
        }
        return null;
    }

    private static long seconds(String value) {
        try {
            return Math.max(1, Math.min(Long.parseLong(value), 86_400));
        } catch (NumberFormatException | NullPointerException e) {
            return 1;
        }
    }
}
