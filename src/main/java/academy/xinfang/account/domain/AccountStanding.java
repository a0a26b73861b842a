package academy.xinfang.account.domain;

import java.util.Set;

/**
 * What a signed-in request must know of its account, read fresh on every request: whether it may still be used, the
 * version of its credentials, whether its password must be changed first, and its roles.
 */
public record AccountStanding(boolean enabled, long securityStamp, boolean mustChangePassword, Set<Role> roles) {
    public AccountStanding {
        roles = Set.copyOf(roles);
    }
}
