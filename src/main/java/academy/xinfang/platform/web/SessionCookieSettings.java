package academy.xinfang.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when the academy is reached over HTTPS ({@code academy.public.url}), so that
 * it never travels in clear text, also when TLS ends at a proxy in front of the server (otherwise Payara marks it
 * Secure only on requests that came in over HTTPS). Set in code because whether it is HTTPS is configuration, and one
 * WAR serves every environment. HttpOnly comes from web.xml; {@code SameSite=Lax} from glassfish-web.xml, the only
 * place Payara 6 reads it from (it ignores the attribute set on {@link SessionCookieConfig}).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String publicUrl = ConfigProvider.getConfig()
                .getOptionalValue("academy.public.url", String.class)
                .orElse("");
        apply(event.getServletContext().getSessionCookieConfig(), publicUrl);
    }

    static void apply(SessionCookieConfig cookie, String publicUrl) {
        if (isHttps(publicUrl)) {
            cookie.setSecure(true);
        }
    }

    static boolean isHttps(String publicUrl) {
        return publicUrl != null && publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
