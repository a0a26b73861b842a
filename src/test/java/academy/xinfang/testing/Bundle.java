package academy.xinfang.testing;

import academy.xinfang.platform.i18n.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The application's message bundles as the tests read them: what a page or a refusal says, looked up by its key, so
 * that a test asserts the message and not one wording of it. Formats as {@link Messages#text} does (MessageFormat only
 * when there are arguments); a missing key fails the test instead of showing {@code ??key??}. The Chinese bundle is
 * the base one; the JVM's default locale never stands in for a missing translation.
 */
public final class Bundle {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Bundle() {}

    public static String zh(String key, Object... arguments) {
        return text(Locale.SIMPLIFIED_CHINESE, key, arguments);
    }

    public static String en(String key, Object... arguments) {
        return text(Locale.ENGLISH, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern =
                ResourceBundle.getBundle(Messages.BUNDLE, locale, NO_FALLBACK).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
