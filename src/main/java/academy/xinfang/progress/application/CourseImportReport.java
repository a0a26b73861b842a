package academy.xinfang.progress.application;

import academy.xinfang.platform.importing.ImportProblem;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What one import of the course folder did: counts per outcome and every problem with its file and line. */
public record CourseImportReport(Instant at, int added, int updated, int unchanged, int refused,
        List<ImportProblem> problems) implements Serializable {
    private static final long serialVersionUID = 1L;
}
