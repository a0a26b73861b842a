package academy.xinfang.account.application;

import academy.xinfang.account.domain.Role;
import java.time.Duration;
import java.util.Set;

/**
 * What a sign-in attempt came to. Deliberately only three answers: a wrong name, a wrong password, a disabled and a
 * locked account are all FAILED, so that nobody learns which names exist or what state an account is in; THROTTLED
 * is about the name and address typed, and comes the same way for names without an account.
 */
public record LoginOutcome(Status status, long userId, String username, Set<Role> roles, long securityStamp,
        boolean mustChangePassword, Duration retryAfter) {
    public enum Status {
        OK,
        FAILED,
        THROTTLED
    }

    static LoginOutcome failed() {
        return new LoginOutcome(Status.FAILED, 0, null, Set.of(), 0, false, Duration.ZERO);
    }

    static LoginOutcome throttled(Duration retryAfter) {
        return new LoginOutcome(Status.THROTTLED, 0, null, Set.of(), 0, false, retryAfter);
    }
}
