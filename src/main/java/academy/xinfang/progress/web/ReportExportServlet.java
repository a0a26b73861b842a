package academy.xinfang.progress.web;

import academy.xinfang.platform.ExpectedException;
import academy.xinfang.platform.i18n.LocaleBean;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.progress.application.CompletionReport;
import academy.xinfang.progress.application.ReportExport;
import academy.xinfang.progress.application.ReportService;
import academy.xinfang.progress.export.CsvExport;
import academy.xinfang.progress.export.ReportTable;
import academy.xinfang.progress.export.XlsxExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The completion report of a course at one department level as CSV or XLSX ({@code ?course=&department=&format=}),
 * headings in the user's language. Under /admin/, so only administrators reach it; the service checks it too.
 */
@WebServlet("/admin/report-export")
public class ReportExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ReportService service;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String format = "xlsx".equals(req.getParameter("format")) ? "xlsx" : "csv";
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
        ReportTable table = ReportExport.table(report, (key, args) -> Messages.text(locale, key, args));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + ReportExport.fileName(report, format) + "\"");
        if (format.equals("xlsx")) {
            resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            XlsxExport.write(table, report.courseKey(), resp.getOutputStream());
        } else {
            resp.setContentType("text/csv;charset=UTF-8");
            CsvExport.write(table, resp.getOutputStream());
        }
    }
}
