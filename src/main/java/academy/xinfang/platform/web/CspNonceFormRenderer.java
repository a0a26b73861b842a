package academy.xinfang.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/** The standard form renderer plus a hidden field with the view's CSP nonce (see {@link CspRenderKitFactory}). */
final class CspNonceFormRenderer extends RendererWrapper {
    /** The request parameter PrimeFaces reads the nonce from on a postback. */
    static final String NONCE_PARAMETER = "primefaces.nonce";

    CspNonceFormRenderer(Renderer wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_PARAMETER, null);
            writer.writeAttribute(
                    "value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, component);
    }
}
