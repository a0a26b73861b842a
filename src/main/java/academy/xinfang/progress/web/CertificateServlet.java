package academy.xinfang.progress.web;

import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.progress.application.CertificateService;
import academy.xinfang.progress.application.ProgressException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The signed-in officer's certificate as a PDF download; another officer's certificate is not found. */
@WebServlet("/learn/certificate")
public class CertificateServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long id;
        try {
            id = Parameters.wholeNumber(req, "id");
        } catch (Parameters.Bad e) {
            Refusals.send(req, resp, e.refusal());
            return;
        }
        byte[] pdf;
        try {
            pdf = certificates.pdf(id);
        } catch (ProgressException e) {
            if ("certificate.noFont".equals(e.key())) {
                resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } else {
                Refusals.send(req, resp, Refusal.of(HttpServletResponse.SC_NOT_FOUND, e));
            }
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"");
        resp.setContentLength(pdf.length);
        resp.getOutputStream().write(pdf);
    }
}
