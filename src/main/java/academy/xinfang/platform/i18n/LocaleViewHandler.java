package academy.xinfang.platform.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Creates every view in the language the user chose ({@link LocaleBean}). The template's {@code f:view locale} only
 * takes effect when the page renders; a view action runs before that, on a view made in the browser's
 * Accept-Language, so a message it added ("部门 999 不存在") came out in the browser's language instead of the page's.
 */
public class LocaleViewHandler extends ViewHandlerWrapper {
    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LocaleBean.class).get().getLocale();
    }
}
