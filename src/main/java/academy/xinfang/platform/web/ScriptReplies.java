package academy.xinfang.platform.web;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The JSON answer of a servlet that a page's script posts to (quiz answers, reading reports): never cached. */
public final class ScriptReplies {
    private ScriptReplies() {}

    public static void send(HttpServletResponse resp, int status, JsonObject json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(json.toString());
    }
}
