package academy.xinfang.platform.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.validator.LongRangeValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.view.ViewMetadata;
import java.util.Collection;

/**
 * Answers 400 for a page address whose view parameters do not convert or validate ({@code roleplay.xhtml?session=x},
 * {@code audit.xhtml?page=2147483647}, a missing required id), naming the parameter and what it must be. Faces itself
 * would render the page anyway with a technical English message and without the data its view action loads, which
 * ends in a 500 on most pages. One listener for every page, so a new page cannot forget it.
 */
public class ViewParameterGuard implements PhaseListener {
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot root = faces.getViewRoot();
        if (!faces.isValidationFailed() || root == null || faces.getResponseComplete()) {
            return;
        }
        Collection<UIViewParameter> parameters = ViewMetadata.getViewParameters(root);
        for (UIViewParameter p : parameters) {
            if (!p.isValid()) {
                Refusals.send(refusal(faces, p));
                return;
            }
        }
    }

    private static Refusal refusal(FacesContext faces, UIViewParameter p) {
        String name = p.getName();
        Object submitted = p.getSubmittedValue();
        String raw = submitted == null
                ? faces.getExternalContext().getRequestParameterMap().get(name)
                : submitted.toString();
        if (raw == null || raw.isEmpty()) {
            return Refusal.of(400, "request.parameter.missing", name);
        }
        String shown = Parameters.shown(raw);
        for (Validator<?> v : p.getValidators()) {
            if (v instanceof LongRangeValidator range) {
                return Refusal.of(400, "request.parameter.range", name, shown, range.getMinimum(), range.getMaximum());
            }
        }
        ValueExpression target = p.getValueExpression("value");
        Class<?> type = target == null ? null : target.getType(faces.getELContext());
        if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
            return Refusal.of(400, "request.parameter.number", name, shown);
        }
        return Refusal.of(400, "request.parameter.invalid", name, shown);
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}
