package academy.xinfang.authoring.web;

import academy.xinfang.authoring.application.AuthoringException;
import academy.xinfang.authoring.application.AuthoringService;
import academy.xinfang.authoring.application.DraftView;
import academy.xinfang.authoring.domain.SplitMode;
import academy.xinfang.content.application.ModuleCard;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** The authoring desk: upload or paste a speech, open drafts, edit a published module or see its versions. */
@Named
@ViewScoped
public class DraftsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Read at most this much of an upload; SpeechFile refuses anything larger with a clear message. */
    private static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    @Inject
    AuthoringService authoring;

    @Inject
    ReaderService reader;

    private transient Part file;
    private String pasted;
    private SplitMode mode = SplitMode.ONE_MODULE;
    private List<DraftView> drafts;
    private List<ModuleCard> modules;

    /** View action. */
    public void load() {
        drafts = authoring.drafts();
        modules = reader.catalogue(null, null);
    }

    public String convert() throws IOException {
        try {
            List<Long> ids;
            boolean uploaded = file != null
                    && file.getSubmittedFileName() != null
                    && !file.getSubmittedFileName().isBlank();
            if (uploaded) {
                byte[] bytes;
                try (InputStream in = file.getInputStream()) {
                    bytes = in.readNBytes(READ_LIMIT);
                }
                ids = authoring.createFromSpeech(file.getSubmittedFileName(), bytes, mode);
            } else {
                ids = authoring.createFromText(pasted, mode);
            }
            Messages.info("authoring.converted", ids.size());
            return "/trainer/draft.xhtml?faces-redirect=true&id=" + ids.get(0);
        } catch (AuthoringException e) {
            Messages.error(e);
            return null;
        }
    }

    /** Deletes a draft after the browser's confirmation naming it; the versions it published stay. */
    public String delete(long id) {
        try {
            Messages.info("authoring.draft.deleted", authoring.deleteDraft(id));
            return "/trainer/drafts.xhtml?faces-redirect=true";
        } catch (AuthoringException e) {
            Messages.error(e);
            return null;
        }
    }

    /** The confirmation naming the draft to delete. */
    public String deleteConfirm(String title) {
        return Messages.text("authoring.draft.deleteConfirm", title);
    }

    public String edit(String moduleKey) {
        try {
            return "/trainer/draft.xhtml?faces-redirect=true&id=" + authoring.editModule(moduleKey);
        } catch (AuthoringException e) {
            Messages.error(e);
            return null;
        }
    }

    public SplitMode[] getModes() {
        return SplitMode.values();
    }

    public List<DraftView> getDrafts() {
        return drafts;
    }

    public List<ModuleCard> getModules() {
        return modules;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public SplitMode getMode() {
        return mode;
    }

    public void setMode(SplitMode mode) {
        this.mode = mode;
    }
}
