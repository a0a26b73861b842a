package academy.xinfang.roleplay.application;

import academy.xinfang.platform.importing.ImportProblem;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What one import of the scenario folder did: counts per outcome and every problem with its file, line and node. */
public record ScenarioImportReport(Instant at, int added, int updated, int unchanged, int refused,
        List<ImportProblem> problems) implements Serializable {
    private static final long serialVersionUID = 1L;
}
