package academy.xinfang.authoring.application;

import academy.xinfang.platform.importing.ImportProblem;

/**
 * A draft text beyond the Markdown limits (nested too deep, a paragraph too long ...): never stored, since it could
 * not be shown. Carries the problem with its line; the key and arguments are the problem's own.
 */
public class TextBeyondLimitsException extends AuthoringException {
    private static final long serialVersionUID = 1L;

    private final ImportProblem problem;

    public TextBeyondLimitsException(ImportProblem problem) {
        super(problem.key(), problem.arguments().toArray());
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
