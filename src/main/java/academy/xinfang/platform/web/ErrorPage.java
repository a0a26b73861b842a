package academy.xinfang.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives each unexpected error an id that the user sees and the log holds beside the stack trace, so a report from
 * a county office ("error 3f9a…") leads straight to the cause.
 */
@Named
@RequestScoped
public class ErrorPage {
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private String errorId;

    public String getErrorId() {
        if (errorId == null) {
            errorId = UUID.randomUUID().toString().substring(0, 8);
            var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object uri = request.get("jakarta.servlet.error.request_uri");
            Throwable cause = (Throwable) request.get("jakarta.servlet.error.exception");
            LOG.log(Level.SEVERE, "event=error.unexpected errorId=" + errorId + " uri=" + uri, cause);
        }
        return errorId;
    }
}
