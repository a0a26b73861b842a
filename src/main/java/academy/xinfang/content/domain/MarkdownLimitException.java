package academy.xinfang.content.domain;

/**
 * A Markdown text that cannot be shown: beyond {@link MarkdownLimits} (thrown instead of rendering it, which would
 * overflow the stack or take minutes), or one flexmark fails on ({@code markdown.unreadable}). Checking first
 * ({@link MarkdownLimits#check}) does not spare a caller of {@link MarkdownRenderer#render} from handling it: flexmark's
 * HTML renderer can still fail on a text the check let through.
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
