package academy.xinfang.account.domain;

import academy.xinfang.platform.ExpectedException;

/** A rule of the account domain was not met. */
public class AccountException extends ExpectedException {
    private static final long serialVersionUID = 1L;

    public AccountException(String key, Object... arguments) {
        super(key, arguments);
    }
}
