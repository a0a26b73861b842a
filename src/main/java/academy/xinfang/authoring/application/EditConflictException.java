package academy.xinfang.authoring.application;

/**
 * Someone else saved or published first. Carries what is saved now, so the editor can show it beside the trainer's
 * own unsaved text instead of losing either.
 */
public class EditConflictException extends AuthoringException {
    private static final long serialVersionUID = 1L;
    private final String savedMarkdown;

    public EditConflictException(String key, String savedMarkdown, Object... arguments) {
        super(key, arguments);
        this.savedMarkdown = savedMarkdown;
    }

    public String savedMarkdown() {
        return savedMarkdown;
    }
}
