package academy.xinfang.content.application;

import academy.xinfang.platform.importing.ImportProblem;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What one import of the content folder did: counts per outcome and every problem with its file and line. */
public record ImportReport(Instant at, int added, int updated, int unchanged, int refused, List<ImportProblem> problems)
        implements Serializable {}
