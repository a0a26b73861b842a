package academy.xinfang.roleplay.web;

import academy.xinfang.platform.web.Refusals;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.SessionPlayer;

/** Turns the refusals of a session lookup into the HTTP status a page answers with, with the reason on the page. */
final class Http {
    private Http() {}

    /** 403 for another officer's session, 404 for one that does not exist; false for any other refusal. */
    static boolean sendStatus(RolePlayException e) {
        int status = switch (e.key()) {
            case SessionPlayer.NOT_YOURS -> 403;
            case SessionPlayer.NO_SESSION -> 404;
            default -> 0;
        };
        if (status == 0) {
            return false;
        }
        Refusals.send(status, e);
        return true;
    }
}
