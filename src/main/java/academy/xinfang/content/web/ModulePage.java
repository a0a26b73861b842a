package academy.xinfang.content.web;

import academy.xinfang.content.application.ContentException;
import academy.xinfang.content.application.ModuleContent;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.content.application.ReadingView;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reading one module. The page reports, through small ajax calls, when a section's end scrolls into view or the
 * reader confirms it, and how long the page was visible; the service does the bookkeeping.
 */
@Named
@ViewScoped
public class ModulePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReaderService reader;

    private String id;
    private ModuleContent module;
    private Set<String> read = new HashSet<>();
    private int percent;
    private String lastSection;
    private int minutesSpent;

    /** View action: 404 for a module that is not online. */
    public void load() throws IOException {
        ReadingView view = id == null ? null : reader.open(id).orElse(null);
        if (view == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such module");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        module = view.content();
        read = new HashSet<>(view.readSections());
        lastSection = view.lastSection();
        minutesSpent = view.secondsSpent() / 60;
        percent = ModuleProgress.percent(module.sectionKeys(), read);
    }

    /** Ajax: a section was read (its end reached, or confirmed); the section id comes as request parameter. */
    public void markRead() {
        String section = param("section");
        try {
            percent = reader.markRead(id, section);
            read.add(section);
        } catch (ContentException e) {
            Messages.error(e);
        }
    }

    /** Ajax: seconds the page was visible since the last beat, and the section in view. */
    public void beat() {
        try {
            int seconds = Integer.parseInt(param("seconds"));
            reader.recordTime(id, param("section"), seconds);
        } catch (NumberFormatException | ContentException e) {
            // A malformed beat is ignored: it carries no user data and the next one will do.
        }
    }

    public boolean isRead(String sectionKey) {
        return read.contains(sectionKey);
    }

    private static String param(String name) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return params.get(name);
    }

    public ModuleContent getModule() {
        return module;
    }

    public int getPercent() {
        return percent;
    }

    public int getMinutesSpent() {
        return minutesSpent;
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
