package academy.xinfang.progress.application;

import academy.xinfang.progress.export.ReportTable;
import academy.xinfang.progress.export.XlsxExport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A completion report as one table for CSV and XLSX: a row per department of the level (with the counts of its whole
 * subtree), then a row per officer placed directly in it (their state, percent and deadline).
 */
public final class ReportExport {
    /** Last activity as the officers' own clock reads it (China Standard Time), to the minute. */
    private static final DateTimeFormatter LAST_ACTIVITY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private ReportExport() {}

    /** @param text the bundle lookup of the reader's language: key and arguments to text */
    public static ReportTable table(CompletionReport report, BiFunction<String, Object[], String> text) {
        List<String> columns = headings(
                text,
                "report.col.name",
                "report.col.username",
                "report.col.total",
                "report.col.completed",
                "report.col.inProgress",
                "report.col.notStarted",
                "report.col.overdue",
                "report.col.state",
                "report.col.percent",
                "report.col.deadline");
        List<List<Object>> rows = new ArrayList<>();
        for (CompletionReport.DepartmentRow d : report.departments()) {
            CompletionReport.Counts c = d.counts();
            rows.add(row(
                    d.name(),
                    null,
                    c.total(),
                    c.completed(),
                    c.inProgress(),
                    c.notStarted(),
                    c.overdue(),
                    null,
                    null,
                    null));
        }
        for (CompletionReport.OfficerRow o : report.officers()) {
            rows.add(row(
                    o.displayName(),
                    o.username(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    text.apply("progress.state." + o.state(), new Object[0]),
                    o.percent(),
                    o.deadline() == null ? null : o.deadline().toString()));
        }
        return new ReportTable(columns, rows);
    }

    /** Column headings in the reader's language. */
    private static List<String> headings(BiFunction<String, Object[], String> text, String... keys) {
        List<String> headings = new ArrayList<>();
        for (String key : keys) {
            headings.add(text.apply(key, new Object[0]));
        }
        return headings;
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    /** The course title in the reader's language: the bundle's {@code report.courseTitle} picks zh {0} or en {1}. */
    static String courseTitle(CompletionReport report, BiFunction<String, Object[], String> text) {
        return text.apply("report.courseTitle", new Object[] {report.courseTitleZh(), report.courseTitleEn()});
    }

    /** Where the report stands: the department's name, or "all departments" at the top. */
    static String scope(CompletionReport report, BiFunction<String, Object[], String> text) {
        return report.departmentName() == null
                ? text.apply("admin.report.all", new Object[0])
                : report.departmentName();
    }

    /** The title row of every sheet: course, department and the day the figures were taken. */
    public static String title(CompletionReport report, LocalDate day, BiFunction<String, Object[], String> text) {
        return text.apply("report.xlsx.title", new Object[] {courseTitle(report, text), scope(report, text), day});
    }

    /**
     * The workbook: a sheet of the departments at this level (completion rate and last activity of each subtree) and a
     * sheet of every officer reached at this level and below, each under a title row.
     */
    public static List<XlsxExport.Sheet> workbook(
            CompletionReport report, LocalDate day, BiFunction<String, Object[], String> text) {
        String title = title(report, day, text);
        List<String> deptColumns = headings(
                text,
                "report.col.name",
                "report.col.total",
                "report.col.completed",
                "report.col.inProgress",
                "report.col.notStarted",
                "report.col.overdue",
                "report.col.rate",
                "report.col.lastActivity");
        List<List<Object>> deptRows = new ArrayList<>();
        for (CompletionReport.DepartmentRow d : report.departments()) {
            CompletionReport.Counts c = d.counts();
            deptRows.add(row(
                    d.name(),
                    c.total(),
                    c.completed(),
                    c.inProgress(),
                    c.notStarted(),
                    c.overdue(),
                    c.rate(),
                    time(d.lastActivity())));
        }
        List<String> officerColumns = headings(
                text,
                "report.col.name",
                "report.col.username",
                "report.col.department",
                "report.col.state",
                "report.col.percent",
                "report.col.deadline",
                "report.col.lastActivity");
        List<List<Object>> officerRows = new ArrayList<>();
        for (CompletionReport.OfficerRow o : report.below()) {
            officerRows.add(row(
                    o.displayName(),
                    o.username(),
                    o.departmentName(),
                    text.apply("progress.state." + o.state(), new Object[0]),
                    o.percent(),
                    o.deadline() == null ? null : o.deadline().toString(),
                    time(o.lastActivity())));
        }
        return List.of(
                new XlsxExport.Sheet(
                        text.apply("report.sheet.departments", new Object[0]),
                        title,
                        new ReportTable(deptColumns, deptRows)),
                new XlsxExport.Sheet(
                        text.apply("report.sheet.officers", new Object[0]),
                        title,
                        new ReportTable(officerColumns, officerRows)));
    }

    /** The overdue officers at this level and below, to send a reminder: name, department, course, deadline, progress. */
    public static ReportTable reminder(CompletionReport report, BiFunction<String, Object[], String> text) {
        List<String> columns = headings(
                text,
                "report.col.name",
                "report.col.username",
                "report.col.department",
                "report.col.course",
                "report.col.deadline",
                "report.col.percent");
        String course = courseTitle(report, text);
        List<List<Object>> rows = new ArrayList<>();
        for (CompletionReport.OfficerRow o : report.overdue()) {
            rows.add(row(
                    o.displayName(),
                    o.username(),
                    o.departmentName(),
                    course,
                    o.deadline() == null ? null : o.deadline().toString(),
                    o.percent()));
        }
        return new ReportTable(columns, rows);
    }

    /** The reminder as a message to paste into a chat or a notice: one line per overdue officer. */
    public static String reminderText(CompletionReport report, BiFunction<String, Object[], String> text) {
        String course = courseTitle(report, text);
        StringBuilder s = new StringBuilder();
        for (CompletionReport.OfficerRow o : report.overdue()) {
            s.append(text.apply("report.remind.line", new Object[] {
                        o.displayName(),
                        o.departmentName() == null ? "—" : o.departmentName(),
                        course,
                        o.deadline() == null ? "—" : o.deadline().toString(),
                        o.percent()
                    }))
                    .append('\n');
        }
        return s.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? null : LAST_ACTIVITY.format(instant);
    }

    /**
     * The download's name: course title, department and format, e.g. {@code 入职培训-城关镇.xlsx}, for the
     * {@code filename*} of the Content-Disposition; characters a file system refuses become "_".
     */
    public static String fileName(
            CompletionReport report, String extension, BiFunction<String, Object[], String> text) {
        String name = courseTitle(report, text) + "-" + scope(report, text);
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + "." + extension;
    }

    /** A plain ASCII name for clients that do not read {@code filename*}: the course key, the department id. */
    public static String asciiFileName(CompletionReport report, String extension) {
        return ("completion-" + report.courseKey() + (report.departmentId() == null ? "" : "-" + report.departmentId())
                        + "." + extension)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "_");
    }
}
