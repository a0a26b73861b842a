package academy.xinfang.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Whether {@code academy.public.url} was set, or is the guess of {@link PublicUrlDefault}: certificates print that
 * address and its QR code, and xAPI statements name activities by it, so a guess (localhost) printed on a certificate
 * sends whoever checks it nowhere. At startup it says so in the log ({@code event=config.public-url-default}), and the
 * administrators' home page shows a notice ({@code #{publicUrl.defaulted}}).
 */
@Named("publicUrl")
@ApplicationScoped
public class PublicUrlCheck {
    private static final Logger LOG = Logger.getLogger(PublicUrlCheck.class.getName());

    private boolean defaulted;
    private String url;

    @PostConstruct
    void read() {
        ConfigValue value = ConfigProvider.getConfig().getConfigValue(PublicUrlDefault.KEY);
        this.url = value.getValue() == null ? PublicUrlDefault.forPort(null) : value.getValue();
        this.defaulted = value.getValue() == null || PublicUrlDefault.NAME.equals(value.getSourceName());
    }

    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (defaulted) {
            LOG.warning(() -> "event=config.public-url-default url=" + url
                    + " ACADEMY_PUBLIC_URL (academy.public.url) is not set: certificates (their QR code and check"
                    + " address) and xAPI statements use " + url
                    + "; set it to the address users reach the academy at");
        }
    }

    public boolean isDefaulted() {
        return defaulted;
    }

    public String getUrl() {
        return url;
    }
}
