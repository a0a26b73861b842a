package academy.xinfang.account.application;

import academy.xinfang.account.domain.LoginThrottle;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The account settings a server starts with when nobody configures them, read as MicroProfile Config reads them:
 * {@code META-INF/microprofile-config.properties}, else the {@code @ConfigProperty} default. Tests that need the
 * shipped throttle take it from here, so that no test keeps a copy of its numbers.
 */
public final class ShippedSettings {
    static final String PROPERTIES = "META-INF/microprofile-config.properties";

    private ShippedSettings() {}

    /** The throttle of a server without configuration. */
    public static LoginThrottle throttle() {
        return settings().loginThrottle();
    }

    static AccountSettings settings() {
        Properties shipped = properties();
        AccountSettings settings = new AccountSettings();
        for (Field field : AccountSettings.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property == null) {
                continue;
            }
            String value = shipped.getProperty(property.name(), property.defaultValue());
            if (ConfigProperty.UNCONFIGURED_VALUE.equals(value)) {
                throw new IllegalStateException(property.name() + " has no shipped value");
            }
            try {
                field.setInt(settings, Integer.parseInt(value.strip()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return settings;
    }

    static Properties properties() {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(TestFiles.resource(PROPERTIES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
