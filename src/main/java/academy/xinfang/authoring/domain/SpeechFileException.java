package academy.xinfang.authoring.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An upload or a text that cannot be converted, for the trainer: a resource-bundle key ({@code authoring.file.*},
 * {@code authoring.text.*}) and the arguments of its message.
 */
public class SpeechFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> arguments;

    public SpeechFileException(String key, Object... arguments) {
        this(key, null, arguments);
    }

    public SpeechFileException(String key, Throwable cause, Object... arguments) {
        super(arguments.length == 0 ? key : key + " " + Arrays.toString(arguments), cause);
        this.key = key;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
