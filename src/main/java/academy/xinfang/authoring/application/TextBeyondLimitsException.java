package academy.xinfang.authoring.application;

import academy.xinfang.content.domain.ContentProblem;

/**
 * A draft text beyond the Markdown limits (nested too deep, a paragraph too long ...): never stored, since it could
 * not be shown. Carries the problem with its line; the key and arguments are the problem's own.
 */
public class TextBeyondLimitsException extends AuthoringException {
    private static final long serialVersionUID = 1L;

    private final ContentProblem problem;

    public TextBeyondLimitsException(ContentProblem problem) {
        super(problem.key(), problem.arguments().toArray());
        this.problem = problem;
    }

    public ContentProblem problem() {
        return problem;
    }
}
