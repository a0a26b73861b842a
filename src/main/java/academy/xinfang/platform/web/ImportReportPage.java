package academy.xinfang.platform.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.ImportReport;
import academy.xinfang.platform.importing.ImportService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * An administrator's page for one kind of the import pipeline: the last import of its folder with every problem (file,
 * line and, for scenarios, node), and a button to import again. A feature's page only names its kind and the message
 * that reports the counts.
 */
public abstract class ImportReportPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ImportService importer;

    private final String kind;
    private final String importedMessage;
    private ImportReport report;

    protected ImportReportPage(String kind, String importedMessage) {
        this.kind = kind;
        this.importedMessage = importedMessage;
    }

    /** View action. */
    public void load() {
        report = importer.lastReport(kind);
    }

    public void reimport() {
        report = importer.reimport(kind);
        Messages.info(importedMessage, report.added(), report.updated(), report.unchanged(), report.refused());
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
