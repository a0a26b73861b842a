package academy.xinfang.account.api;

import academy.xinfang.account.application.OfficerImportService;
import academy.xinfang.account.application.UserService;
import academy.xinfang.account.application.UserView;
import academy.xinfang.account.domain.OfficerCsv;
import academy.xinfang.platform.i18n.Messages;
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
import java.util.Locale;

/** Accounts for administrators' tools: list users, import officers from CSV. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    public static final int MAX_PAGE = 500;

    @Inject
    UserService users;

    @Inject
    OfficerImportService officers;

    /** {@code GET /api/users?q=&first=&max=}: users whose name contains q, in pages of at most 500. */
    @GET
    @Path("users")
    public JsonObject list(@QueryParam("q") @DefaultValue("") String q, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("100") int max) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (UserView u : users.search(q, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)))) {
            JsonArrayBuilder roles = Json.createArrayBuilder();
            u.roles().stream().map(Enum::name).sorted().forEach(roles::add);
            JsonObjectBuilder row = Json.createObjectBuilder().add("id", u.id()).add("username", u.username())
                    .add("displayName", u.displayName()).add("roles", roles).add("enabled", u.enabled());
            if (u.departmentName() != null) {
                row.add("department", u.departmentName());
            }
            rows.add(row);
        }
        return Json.createObjectBuilder().add("first", first).add("users", rows).build();
    }

    /**
     * {@code POST /api/officers} with the CSV of the import page as body (UTF-8 or GBK): 201 with the number imported,
     * or 422 with every problem and its line, in which case nothing was imported.
     */
    @POST
    @Path("officers")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    public Response importOfficers(byte[] csv) {
        if (csv == null || csv.length == 0 || csv.length > OfficerCsv.MAX_BYTES) {
            return Response.status(422).entity(Json.createObjectBuilder().add("errors", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("line", 0).add("message", csv == null || csv.length == 0
                            ? Messages.text(Locale.ENGLISH, "csv.empty")
                            : Messages.text(Locale.ENGLISH, "csv.tooLarge", OfficerCsv.MAX_BYTES / 1024 / 1024))))
                    .build()).build();
        }
        OfficerCsv.Result result = officers.importCsv(csv);
        if (result.ok()) {
            return Response.status(201).entity(Json.createObjectBuilder().add("imported", result.rows().size())
                    .build()).build();
        }
        JsonArrayBuilder errors = Json.createArrayBuilder();
        result.errors().forEach(e -> errors.add(Json.createObjectBuilder().add("line", e.line())
                .add("key", e.key()).add("message", Messages.text(Locale.ENGLISH, e.key(), e.arguments().toArray()))));
        return Response.status(422).entity(Json.createObjectBuilder().add("errors", errors).build()).build();
    }
}
