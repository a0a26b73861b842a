package academy.xinfang.content.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of parsing one file: a module exactly when there are no problems. */
public record ParseResult(Optional<ParsedModule> module, List<ImportProblem> problems) {

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

    /**
     * The problem that stopped the parser before it read the file: a text beyond {@link MarkdownLimits}
     * ({@code markdown.*}, found by the source scan), which must not be rendered.
     */
    public Optional<ImportProblem> beyondLimits() {
        return problems.stream().filter(p -> p.key().startsWith("markdown.")).findFirst();
    }
}
