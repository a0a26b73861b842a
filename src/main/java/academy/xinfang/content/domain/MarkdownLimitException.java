package academy.xinfang.content.domain;

/**
 * A Markdown text beyond {@link MarkdownLimits}: thrown instead of rendering it, which would overflow the stack or
 * take minutes. Callers that check first ({@link MarkdownLimits#check}) never see it.
 */
public class MarkdownLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient MarkdownLimits.Violation violation;

    public MarkdownLimitException(MarkdownLimits.Violation violation) {
        super("line " + violation.line() + ": " + violation.key() + " " + violation.arguments(), null, false, false);
        this.violation = violation;
    }

    public MarkdownLimits.Violation violation() {
        return violation;
    }
}
