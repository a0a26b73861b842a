package academy.xinfang.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An expected refusal (a business rule was not met): a resource-bundle key and its arguments, so that pages show it
 * in the user's language. Declared an application exception in ejb-jar.xml: it reaches the page unwrapped and rolls
 * the transaction back.
 */
public abstract class ExpectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final List<Object> arguments;

    protected ExpectedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        // Arguments may be null (an empty form field): keep them as they are.
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
