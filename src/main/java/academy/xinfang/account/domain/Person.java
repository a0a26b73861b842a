package academy.xinfang.account.domain;

import java.io.Serializable;

/** A user as other features see it: id, user name, display name and department id (null when they have none). */
public record Person(long id, String username, String displayName, Long departmentId) implements Serializable {
    private static final long serialVersionUID = 1L;
}
