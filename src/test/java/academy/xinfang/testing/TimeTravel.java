package academy.xinfang.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Lets time pass for a running server without waiting for it: moves the instants the server stored (an attempt's
 * start and deadline, failed sign-ins, the reader page's last report) back by the given duration in its database
 * ({@link PayaraServer#jdbc()}), after which the test drives the server over HTTP as usual. The server's own clock is
 * never touched and production code has no test hook: to the server this is exactly as if the time had gone by.
 */
public final class TimeTravel {

    private TimeTravel() {}

    /** As if {@code elapsed} had passed since the quiz attempt started (its deadline moves with it). */
    public static void quizAttempt(PayaraServer server, long attemptId, Duration elapsed) {
        long ms = elapsed.toMillis();
        update(
                server,
                "update quiz_attempt set started_at = dateadd(millisecond, ?, started_at),"
                        + " deadline_at = dateadd(millisecond, ?, deadline_at) where id = ?",
                -ms,
                -ms,
                attemptId);
    }

    /** As if {@code elapsed} had passed since every failed sign-in with this name. */
    public static void loginFailures(PayaraServer server, String username, Duration elapsed) {
        update(
                server,
                "update login_failure set occurred_ms = occurred_ms - ? where username = ?",
                elapsed.toMillis(),
                username);
    }

    /** As if {@code elapsed} had passed since the user's reader page of the module last reported. */
    public static void readingReport(PayaraServer server, String username, String moduleKey, Duration elapsed) {
        update(
                server,
                "update module_progress set report_ms = report_ms - ?"
                        + " where user_id = (select id from app_user where username = ?)"
                        + " and module_id = (select id from learning_module where module_key = ?)",
                elapsed.toMillis(),
                username,
                moduleKey);
    }

    private static void update(PayaraServer server, String sql, Object... parameters) {
        try (Connection db = server.jdbc();
                PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            if (update.executeUpdate() == 0) {
                throw new IllegalStateException("nothing to move back in time: " + sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
