package academy.xinfang.progress.application;

import academy.xinfang.progress.export.ReportTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A completion report as one table for CSV and XLSX: a row per department of the level (with the counts of its whole
 * subtree), then a row per officer placed directly in it (their state, percent and deadline).
 */
public final class ReportExport {
    private ReportExport() {}

    /** @param text the bundle lookup of the reader's language: key and arguments to text */
    public static ReportTable table(CompletionReport report, BiFunction<String, Object[], String> text) {
        List<String> columns = List.of(
                text.apply("report.col.name", new Object[0]),
                text.apply("report.col.username", new Object[0]),
                text.apply("report.col.total", new Object[0]),
                text.apply("report.col.completed", new Object[0]),
                text.apply("report.col.inProgress", new Object[0]),
                text.apply("report.col.notStarted", new Object[0]),
                text.apply("report.col.overdue", new Object[0]),
                text.apply("report.col.state", new Object[0]),
                text.apply("report.col.percent", new Object[0]),
                text.apply("report.col.deadline", new Object[0]));
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

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    /** A file name of plain ASCII: the course key, the department id and the format. */
    public static String fileName(CompletionReport report, String extension) {
        return ("completion-" + report.courseKey() + (report.departmentId() == null ? "" : "-" + report.departmentId())
                        + "." + extension)
                .toLowerCase(Locale.ROOT);
    }
}
