package academy.xinfang.roleplay.application;

import academy.xinfang.platform.ExpectedException;

/** An expected refusal of the role-play feature. */
public class RolePlayException extends ExpectedException {
    private static final long serialVersionUID = 1L;

    public RolePlayException(String key, Object... arguments) {
        super(key, arguments);
    }
}
