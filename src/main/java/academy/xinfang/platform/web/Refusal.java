package academy.xinfang.platform.web;

import academy.xinfang.platform.ExpectedException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a request was refused with a 4xx status: a resource-bundle key and its arguments. It travels to the error page
 * of that status as a request attribute, so the page tells the user in their own language what exactly was wrong
 * ("参数 page 的值超出范围") instead of only "bad request".
 */
public record Refusal(int status, String key, List<Object> arguments) implements Serializable {
    private static final long serialVersionUID = 1L;

    public Refusal {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Refusal of(int status, String key, Object... arguments) {
        return new Refusal(status, key, Arrays.asList(arguments));
    }

    /** An expected refusal of a service (for example "no such draft") as the reason for the status. */
    public static Refusal of(int status, ExpectedException refused) {
        return of(status, refused.key(), refused.arguments());
    }
}
