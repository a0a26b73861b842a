package academy.xinfang.account.domain;

import java.util.List;

/**
 * An expected refusal (a rule of the account domain was not met). The key names a resource-bundle message so that
 * the web layer shows it in the user's language; arguments fill its placeholders.
 */
public class AccountException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final List<Object> arguments;

    public AccountException(String key, Object... arguments) {
        super(key);
        this.key = key;
        // Arguments may be null (an empty form field): keep them as they are.
        this.arguments = java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
