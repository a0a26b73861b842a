package academy.xinfang.progress.web;

import academy.xinfang.platform.ExpectedException;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.progress.application.CompletionReport;
import academy.xinfang.progress.application.CourseOption;
import academy.xinfang.progress.application.ReportExport;
import academy.xinfang.progress.application.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Completion of a course by department, with drill-down from county to township to officer (view parameters), a
 * search by name ({@code q}) and the list of overdue officers to remind ({@code remind=true}).
 */
@Named
@RequestScoped
public class ReportPage {
    @Inject
    ReportService service;

    private String course;
    private Long department;
    private String query;
    private boolean remind;
    private List<CourseOption> courses = List.of();
    private CompletionReport report;
    private List<CompletionReport.OfficerRow> matches = List.of();
    private List<CompletionReport.OfficerRow> overdue = List.of();
    private String remindText = "";

    /** View action: reads the report once per visit. */
    public void load() {
        courses = service.courses();
        if ((course == null || course.isBlank()) && !courses.isEmpty()) {
            course = courses.get(0).key();
        }
        if (course == null) {
            return;
        }
        try {
            report = service.report(course, department);
            matches = report.matching(query);
            if (remind) {
                overdue = report.overdue();
                remindText = ReportExport.reminderText(report, Messages::text);
            }
        } catch (ExpectedException e) {
            Messages.error(e);
        }
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isRemind() {
        return remind;
    }

    public void setRemind(boolean remind) {
        this.remind = remind;
    }

    /** Officers whose name contains the search text, at this level and below. */
    public List<CompletionReport.OfficerRow> getMatches() {
        return matches;
    }

    /** Overdue officers at this level and below, once "remind" was asked for. */
    public List<CompletionReport.OfficerRow> getOverdue() {
        return overdue;
    }

    /** The reminder as text to paste into a message: one line per overdue officer. */
    public String getRemindText() {
        return remindText;
    }

    public List<CourseOption> getCourses() {
        return courses;
    }

    public CompletionReport getReport() {
        return report;
    }
}
