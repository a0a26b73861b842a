package academy.xinfang.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * The accounts as the authentication mechanism needs them. Implemented by the account feature, so that platform
 * code does not depend on it.
 */
public interface CallerAccounts {

    /** Checks a name and password typed on the login form, sent with HTTP Basic, from the given client address. */
    SignIn signIn(String username, String password, String clientAddress);

    /** The account's current standing, read on every signed-in request; empty when the account no longer exists. */
    Optional<Standing> standing(long accountId);

    /**
     * What a sign-in attempt came to. Deliberately only three answers, so that nobody learns which names exist or what
     * state an account is in.
     */
    record SignIn(
            Result result,
            long accountId,
            String username,
            Set<String> groups,
            long stamp,
            boolean mustChangePassword,
            long waitSeconds) {
        public enum Result {
            OK,
            /** Any failure: wrong name or password, disabled or locked account. One answer for all. */
            FAILED,
            /**
             * Too many failures for this name or address: refused without checking, try again after the wait. Comes
             * the same way for names without an account.
             */
            THROTTLED
        }

        public static SignIn ok(
                long accountId, String username, Set<String> groups, long stamp, boolean mustChangePassword) {
            return new SignIn(Result.OK, accountId, username, Set.copyOf(groups), stamp, mustChangePassword, 0);
        }

        public static SignIn failed() {
            return new SignIn(Result.FAILED, 0, null, Set.of(), 0, false, 0);
        }

        public static SignIn throttled(long waitSeconds) {
            return new SignIn(Result.THROTTLED, 0, null, Set.of(), 0, false, waitSeconds);
        }
    }

    record Standing(boolean enabled, long stamp, boolean mustChangePassword, Set<String> groups) {}
}
