package academy.xinfang.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every {@code h:form} the PrimeFaces CSP nonce as a hidden field. With {@code primefaces.CSP} on, PrimeFaces
 * keeps the page's nonce in the view and refuses a postback that does not send it back ("CSP nonce mismatch", a
 * 500); its script adds the field to each form, but the pages officers use on phones deliberately load no PrimeFaces
 * script, and a form re-rendered by plain Faces ajax would lose it. Rendering the field on the server covers both.
 */
public class CspRenderKitFactory extends RenderKitFactory {
    private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

    public CspRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        kits.remove(renderKitId);
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(renderKitId, id -> new NonceFormRenderKit(kit));
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceFormRenderKit extends RenderKitWrapper {
        private static final String FORM = "jakarta.faces.Form";
        private final Map<Renderer, Renderer> forms = new ConcurrentHashMap<>();

        NonceFormRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = super.getRenderer(family, rendererType);
            if (renderer == null || !FORM.equals(family) || !FORM.equals(rendererType)) {
                return renderer;
            }
            return forms.computeIfAbsent(renderer, CspNonceFormRenderer::new);
        }
    }
}
