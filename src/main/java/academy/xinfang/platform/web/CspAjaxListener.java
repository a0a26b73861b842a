package academy.xinfang.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' CSP start-up script out of ajax responses. PrimeFaces answers every ajax request with an {@code
 * <eval>} that hands the nonce to its script again; Mojarra's own ajax (the reader's progress, the role-play replies,
 * on pages that load no PrimeFaces script) runs an eval with {@code window.eval}, which the policy rightly refuses.
 * The nonce is already on the page (and in every form, see {@link CspNonceFormRenderer}), so nothing needs it: the
 * listener marks the request's CSP state as set up before PrimeFaces' own listener would write the script.
 */
public class CspAjaxListener implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getPartialViewContext().isAjaxRequest()
                && PrimeApplicationContext.getCurrentInstance(context)
                        .getConfig()
                        .isCsp()) {
            PrimeFacesContext.getCspState(context).setInitialized(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // everything happens before the view is restored
    }
}
