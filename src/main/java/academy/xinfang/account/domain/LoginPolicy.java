package academy.xinfang.account.domain;

import java.time.Duration;

/** How many failed logins in a row lock an account, and for how long. */
public record LoginPolicy(int maxFailures, Duration lockout) {
    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("lockout must be positive");
        }
    }
}
