package academy.xinfang.platform.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * The account id of this request's caller, as the authentication mechanism already knows it from the session (or
 * from the sign-in it just checked). Services key every row by that id; looking it up again by name on each call cost
 * a query per service call on every page. The id is handed out only for the name it was set with, so a caller whose
 * principal differs (a run-as identity, a request the mechanism did not see) falls back to the lookup by name.
 */
@RequestScoped
public class SignedInCaller {
    private long id;
    private String name;

    /** Set by the mechanism once the caller's standing has been checked for this request. */
    void set(long accountId, String username) {
        this.id = accountId;
        this.name = username;
    }

    /** The caller's account id if this request's caller signed in under this name. */
    public OptionalLong idOf(String principalName) {
        return name != null && name.equals(principalName) ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
