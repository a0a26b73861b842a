package academy.xinfang.progress.web;

import academy.xinfang.platform.ExpectedException;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.progress.application.CompletionReport;
import academy.xinfang.progress.application.CourseOption;
import academy.xinfang.progress.application.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Completion of a course by department, with drill-down from county to township to officer (view parameters). */
@Named
@RequestScoped
public class ReportPage {
    @Inject
    ReportService service;

    private String course;
    private Long department;
    private List<CourseOption> courses = List.of();
    private CompletionReport report;

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

    public List<CourseOption> getCourses() {
        return courses;
    }

    public CompletionReport getReport() {
        return report;
    }
}
