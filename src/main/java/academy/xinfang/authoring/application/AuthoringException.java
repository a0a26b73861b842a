package academy.xinfang.authoring.application;

import java.util.Arrays;
import java.util.List;

/** An expected refusal in authoring (bad upload, problems in the Markdown, a conflict), with a bundle key. */
public class AuthoringException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Object> arguments;

    public AuthoringException(String key, Object... arguments) {
        super(key);
        this.arguments = Arrays.asList(arguments.clone());
    }

    public String key() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
