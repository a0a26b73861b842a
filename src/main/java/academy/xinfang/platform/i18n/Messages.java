package academy.xinfang.platform.i18n;

import academy.xinfang.platform.ExpectedException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resource-bundle text for messages raised in Java (pages use the {@code msg} variable directly). */
public final class Messages {
    public static final String BUNDLE = "academy.xinfang.platform.i18n.messages";

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Something done, but with a gap the user should know of (a module published without a self-check). */
    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    /** Shows an expected refusal in the user's language. */
    public static void error(ExpectedException refusal) {
        error(refusal.key(), refusal.arguments());
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        FacesMessage message = new FacesMessage(severity, text, null);
        faces.addMessage(null, message);
        // Messages must outlive the redirect of Post-Redirect-Get.
        RedirectMessages.keep(faces, message);
    }
}
