package academy.xinfang.authoring.web;

import academy.xinfang.authoring.application.AuthoringException;
import academy.xinfang.authoring.application.AuthoringService;
import academy.xinfang.authoring.domain.ContentFileName;
import academy.xinfang.platform.web.Parameters;
import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A module version as a content/ Markdown file, for trainers to keep the repository in step with the editor. Under
 * /trainer/, so web.xml lets only trainers and administrators in; the service checks again.
 */
@WebServlet("/trainer/download")
public class ModuleDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String module = req.getParameter("module");
        if (module == null || !module.matches("[a-z0-9-]{1,64}")) {
            Refusals.send(req, resp, Parameters.invalid("module", module));
            return;
        }
        int version;
        try {
            version = Parameters.wholeNumber(req, "version", 1, Integer.MAX_VALUE);
        } catch (Parameters.Bad e) {
            Refusals.send(req, resp, e.refusal());
            return;
        }
        String text;
        try {
            text = authoring.source(module, version);
        } catch (AuthoringException e) {
            Refusals.send(req, resp, Refusal.of(HttpServletResponse.SC_NOT_FOUND, e));
            return;
        }
        resp.setContentType("text/markdown;charset=UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + ContentFileName.of(text, module) + "\"");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
