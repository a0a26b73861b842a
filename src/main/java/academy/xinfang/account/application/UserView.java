package academy.xinfang.account.application;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A user as pages show and edit it: detached, serializable, carrying the version for optimistic locking. {@code locked}
 * says whether failed sign-ins lock the account at the moment the view was made.
 */
public record UserView(
        long id,
        String username,
        String displayName,
        Long departmentId,
        String departmentName,
        Set<Role> roles,
        boolean enabled,
        boolean locked,
        Instant lockedUntil,
        boolean mustChangePassword,
        long securityStamp,
        long version)
        implements Serializable {

    static UserView of(User u, Instant now) {
        return new UserView(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getDepartment() == null ? null : u.getDepartment().getId(),
                u.getDepartment() == null ? null : u.getDepartment().getName(),
                u.getRoles(),
                u.isEnabled(),
                u.isLockedAt(now),
                u.getLockedUntil(),
                u.isMustChangePassword(),
                u.getSecurityStamp(),
                u.getVersion());
    }
}
