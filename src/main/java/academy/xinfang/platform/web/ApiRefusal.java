package academy.xinfang.platform.web;

import jakarta.json.JsonObject;
import java.util.Locale;

/**
 * A call of the API refused for a specific reason: thrown by a resource, answered as problem details by {@link
 * ApiExceptionMapper} in the caller's language. {@code extensions} are members added to the problem (the lines of a
 * refused CSV, for example).
 */
public class ApiRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;
    private final transient Extensions extensions;

    /** Members a problem adds to the standard ones, in the caller's language. */
    @FunctionalInterface
    public interface Extensions {
        JsonObject in(Locale locale);
    }

    public ApiRefusal(Refusal refusal) {
        this(refusal, null);
    }

    public ApiRefusal(Refusal refusal, Extensions extensions) {
        super(refusal.key(), null, false, false);
        this.refusal = refusal;
        this.extensions = extensions;
    }

    public Refusal refusal() {
        return refusal;
    }

    Extensions extensions() {
        return extensions;
    }
}
