package academy.xinfang.roleplay.web;

import academy.xinfang.platform.web.ImportReportPage;
import academy.xinfang.roleplay.application.ScenarioSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Administrators see the last import of the scenario folder with every problem (file, line, node), and import again. */
@Named
@ViewScoped
public class ScenarioAdminPage extends ImportReportPage {
    private static final long serialVersionUID = 1L;

    public ScenarioAdminPage() {
        super(ScenarioSource.KIND, "roleplay.imported");
    }
}
