package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of loading one scenario file: a scenario exactly when there are no problems. */
public record LoadResult(Optional<Scenario> scenario, List<ImportProblem> problems) {

    public LoadResult {
        Objects.requireNonNull(scenario, "scenario");
        problems = List.copyOf(problems);
        if (scenario.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has a scenario exactly when it has no problems");
        }
    }

    public boolean isValid() {
        return scenario.isPresent();
    }
}
