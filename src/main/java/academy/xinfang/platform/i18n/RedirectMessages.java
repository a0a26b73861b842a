package academy.xinfang.platform.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Messages that outlive the redirect of Post-Redirect-Get, kept in the HTTP session instead of Mojarra's flash: the
 * flash lives in one node's memory, the session moves with the user to another node of a cluster. A message is kept
 * when it is raised and shown (then forgotten) by the next page that renders, the same page if it renders at once.
 */
public class RedirectMessages implements PhaseListener {
    private static final long serialVersionUID = 1L;

    private static final String KEPT = RedirectMessages.class.getName();

    /** Keeps a message just added to the context for the page that renders next. */
    static void keep(FacesContext faces, FacesMessage message) {
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> kept = (List<FacesMessage>) session.get(KEPT);
        List<FacesMessage> more = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
        more.add(message);
        // a new list each time, so that the session store sees the attribute change
        session.put(KEPT, more);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> kept = (List<FacesMessage>) session.remove(KEPT);
        if (kept == null) {
            return;
        }
        List<FacesMessage> shown = faces.getMessageList(null);
        for (FacesMessage message : kept) {
            // raised in this very request: already in the context
            if (shown.stream().noneMatch(m -> same(m, message))) {
                faces.addMessage(null, message);
            }
        }
    }

    private static boolean same(FacesMessage a, FacesMessage b) {
        return a.getSeverity() == b.getSeverity() && Objects.equals(a.getSummary(), b.getSummary());
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: messages are restored before the page renders
    }
}
