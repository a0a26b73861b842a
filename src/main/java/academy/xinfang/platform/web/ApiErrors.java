package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.Messages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * A refused API call as JSON: {@code {"error": key, "message": text}}, the key for programs and the text (English,
 * like every API message) for the people reading their logs.
 */
public final class ApiErrors {
    private ApiErrors() {}

    public static JsonObject json(Refusal refusal) {
        return Json.createObjectBuilder()
                .add("error", refusal.key())
                .add(
                        "message",
                        Messages.text(
                                Locale.ENGLISH,
                                refusal.key(),
                                refusal.arguments().toArray()))
                .build();
    }

    public static Response response(Refusal refusal) {
        return Response.status(refusal.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(json(refusal))
                .build();
    }
}
