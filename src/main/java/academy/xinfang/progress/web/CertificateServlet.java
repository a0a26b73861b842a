package academy.xinfang.progress.web;

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
            id = Long.parseLong(req.getParameter("id"));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "id must be a certificate id");
            return;
        }
        byte[] pdf;
        try {
            pdf = certificates.pdf(id);
        } catch (ProgressException e) {
            resp.sendError("certificate.noFont".equals(e.key()) ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/pdf");
        resp.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + id + ".pdf\"");
        resp.setContentLength(pdf.length);
        resp.getOutputStream().write(pdf);
    }
}
