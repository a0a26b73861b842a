package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/**
 * What other features need to know about accounts, so that none of them reads the account tables: the caller's id
 * (the services of every feature key their rows by it), an officer found by username, and a holder's display name.
 * It checks no role itself: it runs with the identity of the service that calls it, which has checked its own.
 */
@Stateless
public class UserDirectory {
    @Inject
    UserRepository users;

    @Resource
    SessionContext context;

    /** The signed-in caller's account id; an account removed while signed in is refused. */
    public long callerId() {
        String name = context.getCallerPrincipal().getName();
        return users.findByUsername(name)
                .orElseThrow(() -> new AccountException("user.unknownCaller", name))
                .getId();
    }

    /** The id of the officer with this username (normalised as at sign-in), if there is one. */
    public OptionalLong officerId(String username) {
        if (username == null) {
            return OptionalLong.empty();
        }
        return users.findByUsername(User.normaliseUsername(username))
                .filter(u -> u.hasRole(Role.OFFICER))
                .map(u -> OptionalLong.of(u.getId()))
                .orElseGet(OptionalLong::empty);
    }

    /** The name an account's holder is shown and certified under. */
    public String displayName(long userId) {
        return users.findById(userId).orElseThrow().getDisplayName();
    }
}
