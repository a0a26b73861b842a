package academy.xinfang.authoring.application;

import academy.xinfang.platform.ExpectedException;

/** An expected refusal in authoring (bad upload, problems in the Markdown, a conflict). */
public class AuthoringException extends ExpectedException {
    private static final long serialVersionUID = 1L;

    public AuthoringException(String key, Object... arguments) {
        super(key, arguments);
    }
}
