package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieSettingsTest {

    /** A SessionCookieConfig that remembers what was set on it. */
    private static SessionCookieConfig recording(Map<String, Object> set) {
        return (SessionCookieConfig) Proxy.newProxyInstance(
                SessionCookieConfig.class.getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null) {
                        set.put(
                                method.getName().equals("setAttribute") ? (String) args[0] : method.getName(),
                                args[args.length - 1]);
                    }
                    return null;
                });
    }

    @Test
    void anHttpsAcademyMarksTheSessionCookieSecure() {
        Map<String, Object> set = new HashMap<>();
        SessionCookieSettings.apply(recording(set), "https://xf.example.gov.cn/");
        assertThat(set).containsEntry("setSecure", true);
    }

    @Test
    void anHttpAcademyLeavesSecureToTheServer() {
        Map<String, Object> set = new HashMap<>();
        SessionCookieSettings.apply(recording(set), "http://localhost:8080");
        assertThat(set).as("nothing set: Secure is left to the server").isEmpty();
    }

    @Test
    void theSchemeIsReadWhateverItsCaseAndSpaces() {
        assertThat(SessionCookieSettings.isHttps(" HTTPS://academy")).isTrue();
        assertThat(SessionCookieSettings.isHttps("http://academy")).isFalse();
        assertThat(SessionCookieSettings.isHttps("")).isFalse();
        assertThat(SessionCookieSettings.isHttps(null)).isFalse();
    }
}
