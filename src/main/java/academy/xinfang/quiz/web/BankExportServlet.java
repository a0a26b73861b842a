package academy.xinfang.quiz.web;

import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.quiz.application.BankService;
import academy.xinfang.quiz.application.QuizException;
import academy.xinfang.quiz.domain.GiftWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A bank as a GIFT or Aiken file; {@code flavour=moodle} writes ordering questions as Moodle 4.3+'s ordering type.
 * Under /trainer/, so web.xml lets only trainers and administrators in.
 */
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
        // the matching encoding of ordering questions stays the default: older Moodle sites lack the ordering type
        String flavourName = req.getParameter("flavour");
        GiftWriter.Flavour flavour;
        if (flavourName == null || flavourName.equals("standard")) {
            flavour = GiftWriter.Flavour.STANDARD;
        } else if (flavourName.equals("moodle")) {
            flavour = GiftWriter.Flavour.MOODLE;
        } else {
            Refusals.send(req, resp, Parameters.invalid("flavour", flavourName));
            return;
        }
        String text;
        try {
            text = banks.export(key, format, flavour);
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
