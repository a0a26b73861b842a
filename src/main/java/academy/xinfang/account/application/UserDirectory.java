package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.security.SignedInCaller;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
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

    @Inject
    SignedInCaller signedIn;

    /**
     * The signed-in caller's account id; an account removed while signed in is refused. On a request the
     * authentication mechanism has seen, its id is taken from there (the mechanism has just read the account's
     * standing by that id); otherwise the account is looked up by the principal's name.
     */
    public long callerId() {
        String name = context.getCallerPrincipal().getName();
        OptionalLong known;
        try {
            known = signedIn.idOf(name);
        } catch (ContextNotActiveException e) {
            // no request (a timer or a background task): only the name is known
            known = OptionalLong.empty();
        }
        if (known.isPresent()) {
            return known.getAsLong();
        }
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
