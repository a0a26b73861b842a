package academy.xinfang.account.api;

import academy.xinfang.account.application.UserService;
import academy.xinfang.account.application.UserView;
import academy.xinfang.account.domain.OfficerCsv;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.ApiRefusal;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/** Accounts for administrators' tools: list users, import officers from CSV. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    public static final int MAX_PAGE = 500;

    @Inject
    UserService users;

    /**
     * {@code GET /api/users?q=&first=&max=}: users whose name contains q, in pages of at most 500 (a larger max is
     * cut to 500); 400 naming the parameter when first or max is not a number.
     */
    @GET
    @Path("users")
    public Response list(
            @QueryParam("q") @DefaultValue("") String q,
            @QueryParam("first") String firstParam,
            @QueryParam("max") String maxParam) {
        int first;
        int max;
        try {
            first = Parameters.wholeNumber("first", firstParam, 0, Integer.MAX_VALUE, 0);
            max = Parameters.wholeNumber("max", maxParam, 0, Integer.MAX_VALUE, 100);
        } catch (Parameters.Bad e) {
            throw new ApiRefusal(e.refusal());
        }
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (UserView u : users.search(q, first, Math.max(1, Math.min(max, MAX_PAGE)))) {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            u.roles().stream().map(Enum::name).sorted().forEach(roles::add);
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("id", u.id())
                    .add("username", u.username())
                    .add("displayName", u.displayName())
                    .add("roles", roles)
                    .add("enabled", u.enabled());
            if (u.departmentName() != null) {
                row.add("department", u.departmentName());
            }
            rows.add(row);
        }
        return Response.ok(Json.createObjectBuilder()
                        .add("first", first)
                        .add("users", rows)
                        .build())
                .build();
    }

    /**
     * {@code POST /api/officers} with the CSV of the import page as body (UTF-8 or GBK): 201 with the number imported,
     * or 422 problem details whose {@code errors} name every refused line and why, in which case nothing was imported;
     * 413 for a body over the import's limit, which is not read beyond it.
     */
    @POST
    @Path("officers")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response importOfficers(InputStream body) throws IOException {
        byte[] csv = body == null ? new byte[0] : body.readNBytes(OfficerCsv.MAX_BYTES + 1);
        if (csv.length > OfficerCsv.MAX_BYTES) {
            throw new ApiRefusal(Refusal.of(413, "csv.tooLarge", OfficerCsv.MAX_BYTES / 1024 / 1024));
        }
        if (csv.length == 0) {
            throw new ApiRefusal(
                    Refusal.of(422, "csv.empty"),
                    locale -> lines(locale, List.of(new LineError(0, "csv.empty", List.of()))));
        }
        OfficerCsv.Result result = users.importOfficers(csv);
        if (result.ok()) {
            return Response.status(201)
                    .entity(Json.createObjectBuilder()
                            .add("imported", result.rows().size())
                            .build())
                    .build();
        }
        List<LineError> errors = result.errors().stream()
                .map(e -> new LineError(e.line(), e.key(), e.arguments()))
                .toList();
        throw new ApiRefusal(Refusal.of(422, "api.csvRefused", errors.size()), locale -> lines(locale, errors));
    }

    private record LineError(int line, String key, List<Object> arguments) {}

    /** The problem's {@code errors}: each refused line with its reason in the caller's language. */
    private static JsonObject lines(Locale locale, List<LineError> errors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        errors.forEach(e -> array.add(Json.createObjectBuilder()
                .add("line", e.line())
                .add("key", e.key())
                .add("detail", Messages.text(locale, e.key(), e.arguments().toArray()))));
        return Json.createObjectBuilder().add("errors", array).build();
    }
}
