package academy.xinfang.account.application;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A user as pages show and edit it: detached, serializable, carrying the version for optimistic locking. */
public record UserView(long id, String username, String displayName, Long departmentId, String departmentName,
        Set<Role> roles, boolean enabled, Instant lockedUntil, boolean mustChangePassword, long securityStamp,
        long version) implements Serializable {

    static UserView of(User u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getDepartment() == null ? null : u.getDepartment().getId(),
                u.getDepartment() == null ? null : u.getDepartment().getName(),
                u.getRoles(), u.isEnabled(), u.getLockedUntil(), u.isMustChangePassword(), u.getSecurityStamp(),
                u.getVersion());
    }

    /** Locked by failed sign-ins at the given time. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
