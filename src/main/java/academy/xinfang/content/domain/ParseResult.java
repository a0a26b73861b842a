package academy.xinfang.content.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of parsing one file: a module exactly when there are no problems. */
public record ParseResult(Optional<ParsedModule> module, List<ContentProblem> problems) {

    public ParseResult {
        Objects.requireNonNull(module, "module");
        problems = List.copyOf(problems);
        if (module.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result has a module exactly when it has no problems");
        }
    }

    public boolean isValid() {
        return module.isPresent();
    }
}
