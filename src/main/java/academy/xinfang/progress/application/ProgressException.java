package academy.xinfang.progress.application;

import academy.xinfang.platform.ExpectedException;

/** An expected refusal of the courses feature. */
public class ProgressException extends ExpectedException {
    private static final long serialVersionUID = 1L;

    public ProgressException(String key, Object... arguments) {
        super(key, arguments);
    }
}
