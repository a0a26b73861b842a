package academy.xinfang.account.application;

import academy.xinfang.account.domain.Role;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** What a login attempt came to; the login page explains LOCKED and DISABLED to the user. */
public record LoginOutcome(Status status, String username, Set<Role> roles, Instant lockedUntil) implements Serializable {
    public enum Status {
        OK,
        WRONG_CREDENTIALS,
        LOCKED,
        DISABLED
    }

    static LoginOutcome wrong() {
        return new LoginOutcome(Status.WRONG_CREDENTIALS, null, Set.of(), null);
    }
}
