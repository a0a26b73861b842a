package academy.xinfang.progress.api;

import academy.xinfang.platform.web.ApiRefusal;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.progress.application.LearningRecordService;
import academy.xinfang.progress.export.XapiStatements;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/xapi/statements?user=&from=&to=}: the learning records as one JSON array of xAPI statements, for an
 * officer or everyone, between two days (China time, both included).
 */
@Path("xapi")
public class LearningRecordsResource {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    LearningRecordService records;

    @GET
    @Path("statements")
    @Produces(MediaType.APPLICATION_JSON)
    public Response statements(
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start;
        Instant end;
        try {
            start = from == null || from.isBlank()
                    ? null
                    : LocalDate.parse(from).atStartOfDay(ZONE).toInstant();
            end = to == null || to.isBlank()
                    ? null
                    : LocalDate.parse(to).plusDays(1).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiRefusal(Refusal.of(400, "api.days"));
        }
        List<JsonObject> statements =
                records.statements(user == null || user.isBlank() ? null : user.strip(), start, end);
        StreamingOutput body = out -> XapiStatements.writeArray(statements, out);
        return Response.ok(body).build();
    }
}
