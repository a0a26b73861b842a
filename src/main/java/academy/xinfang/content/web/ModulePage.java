package academy.xinfang.content.web;

import academy.xinfang.content.application.ContentException;
import academy.xinfang.content.application.ModuleContent;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.content.application.ReadingView;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.platform.web.SessionToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * Reading one module. The page keeps no state on the server (its view is transient, see module.xhtml): it is rendered from the module's
 * cached body ({@link ModuleBodies}) and the officer's own progress, and its script reports reading to
 * {@link ReadingServlet}, whose JSON answer updates the progress panel.
 */
@Named
@RequestScoped
public class ModulePage {
    @Inject
    ReaderService reader;

    @Inject
    ModuleBodies bodies;

    private String id;
    private ModuleContent module;
    private ReadingPanel panel;
    private String lastSection;

    /** View action: 404 for a module that is not online. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ReadingView view = Refusals.orNotFound(
                "id", id, key -> reader.open(key).orElseThrow(() -> new ContentException("reader.noModule", key)));
        if (view == null) {
            return;
        }
        module = view.content();
        lastSection = view.lastSection();
        panel = ReadingPanel.of(view, faces.getViewRoot().getLocale());
    }

    /** The module's sections and sources, rendered once per version and language. */
    public String getBody() {
        return bodies.html(
                module, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The session's token the page's reports must carry. */
    public String getToken() {
        return SessionToken.of((HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(true));
    }

    public int getReportSeconds() {
        return reader.reportSeconds();
    }

    public ModuleContent getModule() {
        return module;
    }

    public ReadingPanel getPanel() {
        return panel;
    }

    public String getLastSection() {
        return lastSection;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
