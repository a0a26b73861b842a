package academy.xinfang.platform.web;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever a call of the API ends with other than its answer becomes problem details ({@link ApiErrors}), never
 * the server's HTML page or a stack trace: a resource's {@link ApiRefusal} with its reason; what JAX-RS refuses itself
 * (an unknown path 404, a method the path does not take 405 with its {@code Allow}, an {@code Accept} it cannot serve
 * 406, a body type 415) with its status; a body that is not the JSON it should be 400; and anything else 500, logged
 * once with an id that the answer's {@code instance} carries ({@code urn:uuid:…}), so a report quoting it leads to one
 * stack trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());
    /** Headers of a JAX-RS refusal that belong to its answer (what a 405 allows, what a 401 asks for). */
    private static final List<String> KEPT_HEADERS = List.of("Allow", "WWW-Authenticate", "Retry-After");

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Response refused = thrown instanceof WebApplicationException web ? web.getResponse() : null;
        int status = refused == null ? 0 : refused.getStatus();
        return answer(problem(thrown, status, ApiErrors.locale(request), request.getRequestURI()), refused);
    }

    /**
     * The problem of a call to {@code path} that ended with {@code thrown}, in {@code locale}; {@code status} is that
     * of a JAX-RS refusal's own answer, 0 for any other exception.
     */
    static JsonObject problem(Throwable thrown, int status, Locale locale, String path) {
        if (thrown instanceof ApiRefusal refused) {
            JsonObjectBuilder problem = ApiErrors.problem(refused.refusal(), locale);
            if (refused.extensions() != null) {
                for (Map.Entry<String, JsonValue> e :
                        refused.extensions().in(locale).entrySet()) {
                    problem.add(e.getKey(), e.getValue());
                }
            }
            return problem.build();
        }
        if (status >= 400 && status < 500) {
            LOG.fine(() -> "event=api.refused status=" + status + " uri=" + path);
            return ApiErrors.problem(status, locale).add("instance", path).build();
        }
        if (thrown instanceof JsonException
                || thrown instanceof JsonbException
                || thrown instanceof ProcessingException) {
            return ApiErrors.problem(Refusal.of(400, "problem.json"), locale)
                    .add("instance", path)
                    .build();
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, thrown, () -> "event=api.error id=" + id + " uri=" + path);
        return ApiErrors.problem(500, locale).add("instance", "urn:uuid:" + id).build();
    }

    private static Response answer(JsonObject problem, Response refused) {
        Response.ResponseBuilder answer = Response.status(problem.getInt("status"))
                .type(ApiErrors.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem.toString());
        if (refused != null) {
            for (String header : KEPT_HEADERS) {
                if (refused.getHeaderString(header) != null) {
                    answer.header(header, refused.getHeaderString(header));
                }
            }
        }
        return answer.build();
    }
}
