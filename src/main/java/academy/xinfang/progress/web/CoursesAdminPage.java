package academy.xinfang.progress.web;

import academy.xinfang.account.application.DepartmentService;
import academy.xinfang.account.application.DepartmentTree;
import academy.xinfang.platform.ExpectedException;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.ImportReport;
import academy.xinfang.platform.importing.ImportService;
import academy.xinfang.progress.application.AssignmentRow;
import academy.xinfang.progress.application.AssignmentService;
import academy.xinfang.progress.application.CohortRow;
import academy.xinfang.progress.application.CourseOption;
import academy.xinfang.progress.application.CourseSource;
import academy.xinfang.progress.domain.CourseAssignment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Administrators see the courses online and the last import, manage cohorts, and assign courses. */
@Named
@ViewScoped
public class CoursesAdminPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/courses.xhtml?faces-redirect=true";

    @Inject
    AssignmentService assignments;

    @Inject
    ImportService importer;

    @Inject
    DepartmentService departments;

    private ImportReport report;
    private List<CourseOption> courses;
    private List<CohortRow> cohorts;
    private List<AssignmentRow> rows;
    private List<DepartmentTree.Entry> tree;

    private String courseKey;
    private CourseAssignment.Kind kind = CourseAssignment.Kind.DEPARTMENT;
    private Long departmentId;
    private Long cohortId;
    private String username;
    private LocalDate start;
    private LocalDate deadline;
    private String cohortName;
    private Long memberCohortId;
    private String memberUsername;

    /** View action. */
    public void load() {
        report = importer.lastReport(CourseSource.KIND);
        courses = assignments.courses();
        cohorts = assignments.cohorts();
        rows = assignments.assignments();
        tree = DepartmentTree.flatten(departments.all());
    }

    public String assign() {
        return act(() -> {
            assignments.assign(
                    courseKey,
                    kind,
                    kind == CourseAssignment.Kind.COHORT ? cohortId : departmentId,
                    username,
                    start,
                    deadline);
            Messages.info("progress.assigned");
        });
    }

    public String unassign(long id) {
        return act(() -> {
            assignments.unassign(id);
            Messages.info("progress.unassigned");
        });
    }

    public String createCohort() {
        return act(() -> {
            assignments.createCohort(cohortName);
            Messages.info("progress.cohortCreated", cohortName);
        });
    }

    public String addMember() {
        return act(() -> {
            assignments.addMember(memberCohortId == null ? -1 : memberCohortId, memberUsername);
            Messages.info("progress.memberAdded", memberUsername);
        });
    }

    public String removeMember(long cohort, String user) {
        return act(() -> {
            assignments.removeMember(cohort, user);
            Messages.info("progress.memberRemoved", user);
        });
    }

    public String reimport() {
        return act(() -> {
            ImportReport r = importer.reimport(CourseSource.KIND);
            Messages.info("progress.imported", r.added(), r.updated(), r.unchanged(), r.refused());
        });
    }

    /** Runs one service call; a refusal stays on the page with its message, success redirects (Post-Redirect-Get). */
    private String act(Runnable call) {
        try {
            call.run();
            return SELF;
        } catch (ExpectedException e) {
            Messages.error(e);
            return null;
        }
    }

    /** The question asked before withdrawing an assignment, naming the course and whom it reached (confirm.js). */
    public String unassignConfirm(AssignmentRow row) {
        return Messages.text("admin.courses.unassignConfirmNamed", row.courseTitle(), row.target());
    }

    public String removeMemberConfirm(String member, String cohort) {
        return Messages.text("admin.courses.removeMemberConfirm", member, cohort);
    }

    public String describe(ImportProblem p) {
        return Messages.text(p.key(), p.arguments().toArray());
    }

    public List<ImportProblem> getProblems() {
        return report == null ? List.of() : report.problems();
    }

    public ImportReport getReport() {
        return report;
    }

    public List<CourseOption> getCourses() {
        return courses;
    }

    public List<CohortRow> getCohorts() {
        return cohorts;
    }

    public List<AssignmentRow> getRows() {
        return rows;
    }

    public List<DepartmentTree.Entry> getTree() {
        return tree;
    }

    public CourseAssignment.Kind[] getKinds() {
        return CourseAssignment.Kind.values();
    }

    public String getCourseKey() {
        return courseKey;
    }

    public void setCourseKey(String courseKey) {
        this.courseKey = courseKey;
    }

    public CourseAssignment.Kind getKind() {
        return kind;
    }

    public void setKind(CourseAssignment.Kind kind) {
        this.kind = kind;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getCohortName() {
        return cohortName;
    }

    public void setCohortName(String cohortName) {
        this.cohortName = cohortName;
    }

    public Long getMemberCohortId() {
        return memberCohortId;
    }

    public void setMemberCohortId(Long memberCohortId) {
        this.memberCohortId = memberCohortId;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public void setMemberUsername(String memberUsername) {
        this.memberUsername = memberUsername;
    }
}
