package academy.xinfang.account.application;

import academy.xinfang.account.domain.LoginThrottle;
import academy.xinfang.account.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Account rules that operators tune through MicroProfile Config (README, configuration table). Produced per
 * injection: they are small values.
 */
@ApplicationScoped
public class AccountSettings {
    @Inject
    @ConfigProperty(name = "academy.login.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "academy.login.first-wait-seconds", defaultValue = "1")
    int firstWaitSeconds;

    @Inject
    @ConfigProperty(name = "academy.login.max-wait-seconds", defaultValue = "300")
    int maxWaitSeconds;

    @Inject
    @ConfigProperty(name = "academy.login.address-failures", defaultValue = "50")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "academy.login.address-window-minutes", defaultValue = "10")
    int addressWindowMinutes;

    @Inject
    @ConfigProperty(name = "academy.login.lock-failures", defaultValue = "100")
    int lockFailures;

    @Inject
    @ConfigProperty(name = "academy.login.lock-window-hours", defaultValue = "24")
    int lockWindowHours;

    @Inject
    @ConfigProperty(name = "academy.login.lock-minutes", defaultValue = "60")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "academy.password.iterations", defaultValue = "120000")
    int iterations;

    @Produces
    LoginThrottle loginThrottle() {
        return new LoginThrottle(
                freeFailures,
                Duration.ofSeconds(firstWaitSeconds),
                Duration.ofSeconds(maxWaitSeconds),
                addressFailures,
                Duration.ofMinutes(addressWindowMinutes),
                lockFailures,
                Duration.ofHours(lockWindowHours),
                Duration.ofMinutes(lockMinutes));
    }

    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher(iterations);
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
