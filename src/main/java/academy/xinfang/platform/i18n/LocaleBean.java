package academy.xinfang.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * The language of the user's pages. Chinese is the default; a choice of English is kept in a year-long cookie, so it
 * survives logging out and back in on the same device. Nothing of it is in the session: a request reads the cookie
 * (a session bean that changed without the store seeing a change would move to another node in the old language).
 */
@Named
@RequestScoped
public class LocaleBean {
    static final String COOKIE = "academy_lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = of((HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The language of a request: the one the language switch keeps in its cookie, else Chinese. */
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

    /** Keeps the chosen language (a tag such as {@code en}; an unknown one is Chinese) in the cookie, for a year. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String tag) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader(
                "Set-Cookie",
                COOKIE + "=" + fromTag(tag).toLanguageTag() + "; Max-Age=" + 365 * 24 * 3600 + "; Path=" + path
                        + "; HttpOnly; SameSite=Lax");
    }

    static Locale fromTag(String tag) {
        Locale wanted = Locale.forLanguageTag(tag == null ? "" : tag);
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(CHINESE);
    }
}
