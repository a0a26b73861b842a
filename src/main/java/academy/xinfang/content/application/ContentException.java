package academy.xinfang.content.application;

import java.util.List;

/** An expected refusal of the content feature, carrying a resource-bundle key. */
public class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Object> arguments;

    public ContentException(String key, Object... arguments) {
        super(key);
        this.arguments = java.util.Arrays.asList(arguments.clone());
    }

    public String key() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
