package academy.xinfang.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language of the user's pages. Chinese is the default; a choice of English is kept in the session and in a
 * year-long cookie, so it survives logging out and back in on the same device.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String COOKIE = "academy_lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Object cookie = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestCookieMap()
                    .get(COOKIE);
            locale = cookie instanceof Cookie c ? fromTag(c.getValue()) : CHINESE;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches language and reloads the current page (a GET, so no form is resubmitted). */
    public String switchTo(String tag) {
        locale = fromTag(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext ext = faces.getExternalContext();
        ext.addResponseCookie(
                COOKIE,
                locale.toLanguageTag(),
                Map.of(
                        "maxAge",
                        365 * 24 * 3600,
                        "path",
                        ext.getRequestContextPath().isEmpty() ? "/" : ext.getRequestContextPath(),
                        "httpOnly",
                        true,
                        "SameSite",
                        "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * The language of a request outside Faces (a servlet answering a page's script): the one the language switch
     * keeps in its cookie, else Chinese.
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return fromTag(c.getValue());
                }
            }
        }
        return CHINESE;
    }

    static Locale fromTag(String tag) {
        Locale wanted = Locale.forLanguageTag(tag == null ? "" : tag);
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(CHINESE);
    }
}
