package academy.xinfang.progress.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.web.DayRange;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.progress.application.InsightsService;
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
 * The insights of the page as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese) or XLSX.
 * Under /admin/, so web.xml lets only administrators in; the service checks again.
 */
@WebServlet("/admin/insights-export")
public class InsightsExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    InsightsService insights;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Long dept;
        try {
            dept = Parameters.optionalWholeNumber(req, "dept");
        } catch (Parameters.Bad e) {
            Refusals.send(req, resp, e.refusal());
            return;
        }
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        DayRange days = DayRange.of(req.getParameter("from"), req.getParameter("to"));
        ReportTable table =
                insights.table(insights.report(dept, days.start(), days.end()), key -> Messages.text(locale, key));
        boolean xlsx = "xlsx".equals(req.getParameter("format"));
        resp.setContentType(
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"insights." + (xlsx ? "xlsx" : "csv") + "\"");
        if (xlsx) {
            XlsxExport.write(table, "insights", resp.getOutputStream());
        } else {
            CsvExport.write(table, resp.getOutputStream());
        }
    }
}
