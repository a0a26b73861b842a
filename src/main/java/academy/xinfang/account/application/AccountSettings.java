package academy.xinfang.account.application;

import academy.xinfang.account.domain.LoginPolicy;
import academy.xinfang.account.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Account rules that operators tune through MicroProfile Config. Produced per injection: they are small values. */
@ApplicationScoped
public class AccountSettings {
    @Inject
    @ConfigProperty(name = "academy.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "academy.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "academy.password.iterations", defaultValue = "120000")
    int iterations;

    @Produces
    LoginPolicy loginPolicy() {
        return new LoginPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes));
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
