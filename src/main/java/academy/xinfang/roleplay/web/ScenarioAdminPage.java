package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.ImportReport;
import academy.xinfang.platform.importing.ImportService;
import academy.xinfang.roleplay.application.ScenarioSource;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Administrators see the last import of the scenario folder with every problem (file, line, node), and import again. */
@Named
@ViewScoped
public class ScenarioAdminPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ImportService importer;

    private ImportReport report;

    /** View action. */
    public void load() {
        report = importer.lastReport(ScenarioSource.KIND);
    }

    public void reimport() {
        report = importer.reimport(ScenarioSource.KIND);
        Messages.info("roleplay.imported", report.added(), report.updated(), report.unchanged(), report.refused());
    }

    public String describe(ImportProblem p) {
        return Messages.text(p.key(), p.arguments().toArray());
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportProblem> getProblems() {
        return report == null ? List.of() : report.problems();
    }
}
