package academy.xinfang.platform;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The value of {@code academy.public.url} when nothing sets it: {@code http://localhost:} and the port the server
 * listens on ({@code PORT}, which the launcher passes to Payara; 8080 without it). Before, the default stayed
 * {@code http://localhost:8080} whatever {@code PORT} said, so certificates pointed at a port nothing listened on. It
 * is a configuration source of the lowest ordinal, so that every other source (the environment's {@code
 * ACADEMY_PUBLIC_URL}, a system property, microprofile-config.properties) wins, and every {@code @ConfigProperty} of
 * the key gets it; {@link PublicUrlCheck} tells the administrator that the address is a guess.
 */
public class PublicUrlDefault implements ConfigSource {
    public static final String KEY = "academy.public.url";
    public static final String NAME = "academy.public.url default from PORT";

    private final Function<String, String> environment;

    public PublicUrlDefault() {
        this(System::getenv);
    }

    PublicUrlDefault(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The address for a {@code PORT} value: its port if it is one, else 8080 (as the launcher refuses a bad one). */
    public static String forPort(String port) {
        String p = port == null ? "" : port.strip();
        boolean valid = p.matches("[0-9]{1,5}") && Integer.parseInt(p) >= 1 && Integer.parseInt(p) <= 65535;
        return "http://localhost:" + (valid ? Integer.parseInt(p) : 8080);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? forPort(environment.apply("PORT")) : null;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** Below every standard source (system properties 400, environment 300, properties files 100). */
    @Override
    public int getOrdinal() {
        return 1;
    }
}
