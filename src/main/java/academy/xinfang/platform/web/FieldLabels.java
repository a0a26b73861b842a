package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives every input a label before it is converted and validated, so that a converter's or validator's message (from
 * the bundle, faces-config's message-bundle) names the field as the user sees it, never by its client id
 * ({@code j_idt1:}): the text of the {@code h:outputLabel} whose {@code for} points at it, else the word "此项" (this
 * field). An input that already has a {@code label} attribute keeps it. Registered for {@code PreValidateEvent}, which
 * Faces publishes before an input converts its submitted value. The view's labels are collected once per request.
 */
public class FieldLabels implements SystemEventListener {
    static final String LABEL = "label";
    private static final String LABELS = FieldLabels.class.getName();

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIInput;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIInput input = (UIInput) event.getSource();
        Object given = input.getAttributes().get(LABEL);
        if (given != null && !given.toString().isBlank()) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String label = labels(faces).get(input.getClientId(faces));
        input.getAttributes().put(LABEL, label != null ? label : Messages.text("form.field"));
    }

    /** Client id of each labelled input to its label's text (without a trailing colon). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> labels(FacesContext faces) {
        return (Map<String, String>) faces.getAttributes().computeIfAbsent(LABELS, k -> collect(faces));
    }

    private static Map<String, String> collect(FacesContext faces) {
        Map<String, String> labels = new HashMap<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof HtmlOutputLabel label && label.getFor() != null && label.getValue() != null) {
                UIComponent target = target(label);
                if (target != null) {
                    labels.putIfAbsent(
                            target.getClientId(faces),
                            label.getValue().toString().replaceAll("[：:\\s]+$", ""));
                }
            }
            return VisitResult.ACCEPT;
        });
        return labels;
    }

    private static UIComponent target(HtmlOutputLabel label) {
        try {
            return label.findComponent(label.getFor());
        } catch (IllegalArgumentException e) {
            return null; // a "for" through something that is not a naming container: no label to take
        }
    }
}
