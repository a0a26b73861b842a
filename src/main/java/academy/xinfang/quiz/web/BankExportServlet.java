package academy.xinfang.quiz.web;

import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.quiz.application.BankService;
import academy.xinfang.quiz.application.QuizException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A bank as a GIFT or Aiken file. Under /trainer/, so web.xml lets only trainers and administrators in. */
@WebServlet("/trainer/bank-export")
public class BankExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    BankService banks;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String key = req.getParameter("key");
        if (key == null || !key.matches("[a-z0-9-]{1,64}")) {
            Refusals.send(req, resp, Parameters.invalid("key", key));
            return;
        }
        BankService.Format format =
                "aiken".equals(req.getParameter("format")) ? BankService.Format.AIKEN : BankService.Format.GIFT;
        String text;
        try {
            text = banks.export(key, format);
        } catch (QuizException e) {
            Refusals.send(req, resp, Refusal.of(HttpServletResponse.SC_NOT_FOUND, e));
            return;
        }
        resp.setContentType("text/plain;charset=UTF-8");
        resp.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + key + (format == BankService.Format.GIFT ? ".gift" : "-aiken.txt") + "\"");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
