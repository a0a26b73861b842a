package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.LoginThrottle;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The default of every account setting is written three times: on its {@code @ConfigProperty}, in
 * {@code microprofile-config.properties} and in the README's configuration table. They must not drift apart, and the
 * throttle is built from them in their units.
 */
class AccountSettingsTest {
    private static final Pattern README_ROW =
            Pattern.compile("^\\| `(academy\\.[a-z.-]+)` \\| `[A-Z_]+` \\| `([^`]*)` \\|");

    private static Map<String, String> annotationDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        Arrays.stream(AccountSettings.class.getDeclaredFields())
                .map(f -> f.getAnnotation(ConfigProperty.class))
                .filter(p -> p != null)
                .forEach(p -> defaults.put(p.name(), p.defaultValue()));
        return defaults;
    }

    private static Map<String, String> readmeDefaults() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : TestFiles.lines(Path.of("README.md"))) {
            Matcher m = README_ROW.matcher(line);
            if (m.find()) {
                defaults.put(m.group(1), m.group(2));
            }
        }
        return defaults;
    }

    @Test
    void theAnnotationsThePropertiesFileAndTheReadmeGiveEverySettingTheSameDefault() throws IOException {
        Map<String, String> annotated = annotationDefaults();
        Properties shipped = ShippedSettings.properties();
        Map<String, String> readme = readmeDefaults();
        assertThat(annotated).hasSize(9);
        annotated.forEach((name, value) -> {
            assertThat(shipped.getProperty(name))
                    .as(name + " in " + ShippedSettings.PROPERTIES)
                    .isEqualTo(value);
            assertThat(readme.get(name)).as(name + " in the README").isEqualTo(value);
        });
    }

    @Test
    void theThrottleTakesEverySettingInItsUnit() throws IOException {
        Map<String, String> d = annotationDefaults();
        LoginThrottle throttle = ShippedSettings.throttle();
        assertThat(throttle.freeFailures()).isEqualTo(number(d, "academy.login.free-failures"));
        assertThat(throttle.firstWait()).isEqualTo(Duration.ofSeconds(number(d, "academy.login.first-wait-seconds")));
        assertThat(throttle.maxWait()).isEqualTo(Duration.ofSeconds(number(d, "academy.login.max-wait-seconds")));
        assertThat(throttle.addressFailures()).isEqualTo(number(d, "academy.login.address-failures"));
        assertThat(throttle.addressWindow())
                .isEqualTo(Duration.ofMinutes(number(d, "academy.login.address-window-minutes")));
        assertThat(throttle.lockFailures()).isEqualTo(number(d, "academy.login.lock-failures"));
        assertThat(throttle.lockWindow()).isEqualTo(Duration.ofHours(number(d, "academy.login.lock-window-hours")));
        assertThat(throttle.lockDuration()).isEqualTo(Duration.ofMinutes(number(d, "academy.login.lock-minutes")));
        assertThat(d.keySet().stream()
                        .filter(k -> k.startsWith("academy.login."))
                        .toList())
                .as("every login setting is checked above")
                .hasSize(8);
    }

    private static int number(Map<String, String> defaults, String name) {
        return Integer.parseInt(defaults.get(name));
    }
}
