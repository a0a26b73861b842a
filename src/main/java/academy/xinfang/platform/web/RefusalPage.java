package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.LocaleBean;
import academy.xinfang.platform.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The error page of a request whose body was refused unread (too large, or not parseable), written without Faces:
 * rendering a Faces page reads the request's parameters, and for such a body that fails again. It looks like the
 * other error pages (same style sheet, same element ids) and speaks the language the user chose (its cookie).
 */
final class RefusalPage {
    private RefusalPage() {}

    static void write(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        Locale locale = LocaleBean.of(request);
        String context = request.getContextPath();
        String title = Messages.text(locale, "error." + refusal.status() + ".title");
        String detail = Messages.text(locale, refusal.key(), refusal.arguments().toArray());
        response.setStatus(refusal.status());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
                        + "<meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                        + "<title>" + escape(title) + " · " + escape(Messages.text(locale, "app.name")) + "</title>"
                        + "<link rel=\"stylesheet\" href=\"" + context
                        + "/jakarta.faces.resource/css/academy.css.xhtml\"/>"
                        + "</head><body><header class=\"topbar\"><a class=\"brand\" id=\"brand\" href=\"" + context
                        + "/index.xhtml\">" + escape(Messages.text(locale, "app.name")) + "</a></header>"
                        + "<main class=\"content\"><section class=\"card narrow\" id=\"error" + refusal.status() + "\">"
                        + "<h1>" + escape(title) + "</h1><p id=\"errorDetail\">" + escape(detail) + "</p>"
                        + "<p><a href=\"" + context + "/index.xhtml\">" + escape(Messages.text(locale, "error.home"))
                        + "</a></p></section></main></body></html>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
