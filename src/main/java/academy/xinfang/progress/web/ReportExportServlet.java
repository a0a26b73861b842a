package academy.xinfang.progress.web;

import academy.xinfang.platform.ExpectedException;
import academy.xinfang.platform.i18n.LocaleBean;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.progress.application.ChinaDates;
import academy.xinfang.progress.application.CompletionReport;
import academy.xinfang.progress.application.ReportExport;
import academy.xinfang.progress.application.ReportService;
import academy.xinfang.progress.export.CsvExport;
import academy.xinfang.progress.export.XlsxExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The completion report of a course at one department level as CSV or XLSX ({@code ?course=&department=&format=}),
 * headings in the user's language, or the overdue officers to remind as CSV ({@code format=remind}). The file is
 * named after the course and the department. Under /admin/, so only administrators reach it; the service checks it too.
 */
@WebServlet("/admin/report-export")
public class ReportExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportService service;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = switch (String.valueOf(req.getParameter("format"))) {
            case "xlsx" -> "xlsx";
            case "remind" -> "remind";
            default -> "csv";
        };
        Long department;
        try {
            department = Parameters.optionalWholeNumber(req, "department");
        } catch (Parameters.Bad e) {
            Refusals.send(req, resp, e.refusal());
            return;
        }
        Locale locale = LocaleBean.of(req);
        CompletionReport report;
        try {
            report = service.report(req.getParameter("course"), department);
        } catch (ExpectedException e) {
            Refusals.send(req, resp, Refusal.of(HttpServletResponse.SC_NOT_FOUND, e));
            return;
        }
        BiFunction<String, Object[], String> text = (key, args) -> Messages.text(locale, key, args);
        String extension = format.equals("xlsx") ? "xlsx" : "csv";
        String name = format.equals("remind")
                ? text.apply("report.remind.fileName", new Object[] {ReportExport.fileName(report, extension, text)})
                : ReportExport.fileName(report, extension, text);
        // filename* (RFC 6266 / 5987) carries the Chinese name; the ASCII filename is for clients that ignore it.
        resp.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + ReportExport.asciiFileName(report, extension) + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        if (format.equals("xlsx")) {
            resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            XlsxExport.write(
                    ReportExport.workbook(report, ChinaDates.day(clock.instant()), text), resp.getOutputStream());
        } else {
            resp.setContentType("text/csv;charset=UTF-8");
            CsvExport.write(
                    format.equals("remind") ? ReportExport.reminder(report, text) : ReportExport.table(report, text),
                    resp.getOutputStream());
        }
    }
}
