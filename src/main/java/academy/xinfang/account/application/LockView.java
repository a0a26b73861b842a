package academy.xinfang.account.application;

import academy.xinfang.account.domain.LoginLock;
import java.io.Serializable;
import java.time.Instant;

/** An account lock as the administrators' list shows it. */
public record LockView(
        String username,
        Instant lockedAt,
        Instant lockedUntil,
        int failures,
        int addresses,
        Instant unlockedAt,
        String unlockedBy)
        implements Serializable {

    static LockView of(LoginLock l) {
        return new LockView(
                l.getUsername(),
                l.getLockedAt(),
                l.getLockedUntil(),
                l.getFailures(),
                l.getAddresses(),
                l.getUnlockedAt(),
                l.getUnlockedBy());
    }
}
