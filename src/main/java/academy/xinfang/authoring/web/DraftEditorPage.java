package academy.xinfang.authoring.web;

import academy.xinfang.authoring.application.AuthoringException;
import academy.xinfang.authoring.application.AuthoringService;
import academy.xinfang.authoring.application.DraftView;
import academy.xinfang.authoring.application.EditConflictException;
import academy.xinfang.authoring.application.TextBeyondLimitsException;
import academy.xinfang.content.application.Preview;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.web.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The editor: original speech, Markdown and live preview side by side. The trainer's text lives in this view until
 * it is saved; a refused save or publish leaves it untouched and shows what is saved now beside it.
 */
@Named
@ViewScoped
public class DraftEditorPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuthoringService authoring;

    private Long id;
    private DraftView draft;
    private String markdown;
    private long version;
    private Preview preview;
    private String conflictText;

    /** View action; 404 with the reason for a draft that does not exist. */
    public void load() {
        try {
            draft = authoring.draft(id);
        } catch (AuthoringException e) {
            Refusals.send(404, e);
            return;
        }
        markdown = draft.markdown();
        version = draft.version();
        refresh();
    }

    /** Ajax, while typing. */
    public void refresh() {
        preview = authoring.preview(markdown);
    }

    public void save() {
        try {
            AuthoringService.Saved saved = authoring.save(id, version, markdown);
            draft = saved.draft();
            version = draft.version();
            preview = saved.preview();
            conflictText = null;
            Messages.info("authoring.saved");
            return;
        } catch (TextBeyondLimitsException e) {
            Messages.error("authoring.notSaved", e.problem().line(), describe(e.problem()));
        } catch (EditConflictException e) {
            conflictText = e.savedMarkdown();
            Messages.error(e);
        }
        refresh();
    }

    public String publish() {
        try {
            int versionNo = authoring.publish(id, version, markdown);
            Messages.info("authoring.published", versionNo);
            return "/trainer/draft.xhtml?faces-redirect=true&id=" + id;
        } catch (TextBeyondLimitsException e) {
            Messages.error("authoring.notSaved", e.problem().line(), describe(e.problem()));
        } catch (EditConflictException e) {
            conflictText = e.savedMarkdown();
            Messages.error(e);
        } catch (AuthoringException e) {
            Messages.error(e);
        }
        refresh();
        return null;
    }

    public String describe(ImportProblem p) {
        return Messages.text(p.key(), p.arguments().toArray());
    }

    public List<ImportProblem> getProblems() {
        return preview == null ? List.of() : preview.problems();
    }

    public String getPreviewHtml() {
        return preview == null ? "" : preview.html();
    }

    public DraftView getDraft() {
        return draft;
    }

    public String getConflictText() {
        return conflictText;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMarkdown() {
        return markdown;
    }

    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }
}
