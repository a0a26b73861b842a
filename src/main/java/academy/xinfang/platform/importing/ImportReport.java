package academy.xinfang.platform.importing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one import of a folder (modules, banks, scenarios, courses) did: how many files were added, updated, unchanged
 * and refused, and every problem with its file, line and node.
 */
public record ImportReport(Instant at, int added, int updated, int unchanged, int refused, List<ImportProblem> problems)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
