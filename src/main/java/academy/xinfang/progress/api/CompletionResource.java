package academy.xinfang.progress.api;

import academy.xinfang.platform.web.ApiRefusal;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.progress.application.CompletionReport;
import academy.xinfang.progress.application.ProgressException;
import academy.xinfang.progress.application.ReportService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/completion?course=KEY&department=ID}: the completion report of the administrators' page as JSON, the
 * same figures for one level of the department tree (the top without {@code department}).
 */
@Path("completion")
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {
    @Inject
    ReportService reports;

    @GET
    public Response completion(@QueryParam("course") String course, @QueryParam("department") String departmentId) {
        if (course == null || course.isBlank()) {
            throw new ApiRefusal(Parameters.invalid("course", null));
        }
        Long department;
        try {
            department = Parameters.optionalWholeNumber("department", departmentId);
        } catch (Parameters.Bad e) {
            throw new ApiRefusal(e.refusal());
        }
        CompletionReport r;
        try {
            r = reports.report(course.strip(), department);
        } catch (ProgressException e) {
            throw new ApiRefusal(Refusal.of(404, e));
        }
        JsonArrayBuilder departments = Json.createArrayBuilder();
        r.departments()
                .forEach(d -> departments.add(Json.createObjectBuilder()
                        .add("id", d.id())
                        .add("name", d.name())
                        .add("kind", d.kind())
                        .add("counts", counts(d.counts()))));
        JsonArrayBuilder officers = Json.createArrayBuilder();
        r.officers().forEach(o -> {
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("username", o.username())
                    .add("displayName", o.displayName())
                    .add("state", o.state())
                    .add("percent", o.percent());
            if (o.deadline() != null) {
                row.add("deadline", o.deadline().toString());
            }
            officers.add(row);
        });
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("course", r.courseKey())
                .add("title", r.courseTitleZh())
                .add("total", counts(r.total()))
                .add("departments", departments)
                .add("officers", officers);
        if (r.departmentId() != null) {
            json.add(
                    "department",
                    Json.createObjectBuilder().add("id", r.departmentId()).add("name", r.departmentName()));
        }
        return Response.ok(json.build()).build();
    }

    private static JsonObjectBuilder counts(CompletionReport.Counts c) {
        return Json.createObjectBuilder()
                .add("total", c.total())
                .add("completed", c.completed())
                .add("inProgress", c.inProgress())
                .add("notStarted", c.notStarted())
                .add("overdue", c.overdue());
    }
}
