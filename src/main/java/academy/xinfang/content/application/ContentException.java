package academy.xinfang.content.application;

import academy.xinfang.platform.ExpectedException;

/** An expected refusal of the content feature. */
public class ContentException extends ExpectedException {
    private static final long serialVersionUID = 1L;

    public ContentException(String key, Object... arguments) {
        super(key, arguments);
    }
}
