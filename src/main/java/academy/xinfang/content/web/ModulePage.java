package academy.xinfang.content.web;

import academy.xinfang.content.application.ContentException;
import academy.xinfang.content.application.ModuleContent;
import academy.xinfang.content.application.ReaderService;
import academy.xinfang.content.application.ReadingView;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.content.domain.ModuleReading;
import academy.xinfang.platform.web.Refusals;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reading one module. The page reports, through a small ajax call, whether it is visible and which sections are on
 * screen, when that changes and every {@code academy.reading.report-seconds} while the reader is active; the service
 * times the gaps with the server's clock and decides what is read. The progress panel (contents, time left) is sent
 * back only when what it shows changed.
 */
@Named
@ViewScoped
public class ModulePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_PARAM_LENGTH = 1000;
    private static final Logger LOG = Logger.getLogger(ModulePage.class.getName());

    @Inject
    ReaderService reader;

    private String id;
    private ModuleContent module;
    private Set<String> read = new HashSet<>();
    private Map<String, Long> millisLeft = new HashMap<>();
    private int percent;
    private String lastSection;
    private int minutesSpent;
    private int minutesLeft;
    private int reportSeconds;

    /** View action: 404 for a module that is not online. */
    public void load() {
        ReadingView view = Refusals.orNotFound(
                "id", id, key -> reader.open(key).orElseThrow(() -> new ContentException("reader.noModule", key)));
        if (view == null) {
            return;
        }
        module = view.content();
        lastSection = view.lastSection();
        reportSeconds = reader.reportSeconds();
        show(view);
    }

    /**
     * Ajax: the page's report ({@code v} 1 when visible, {@code s} the section ids on screen separated by spaces,
     * {@code n} 1 on the first report of the page). Durations are never taken from the page.
     */
    public void report() {
        String sections = param("s");
        List<String> inView = sections == null || sections.length() > MAX_PARAM_LENGTH
                ? List.of()
                : Arrays.stream(sections.split(" ")).filter(k -> !k.isEmpty()).toList();
        try {
            ReadingView view = reader.report(id, "1".equals(param("v")), inView, "1".equals(param("n")));
            if (show(view)) {
                FacesContext.getCurrentInstance()
                        .getPartialViewContext()
                        .getRenderIds()
                        .add("progressPanel");
            }
        } catch (ContentException e) {
            // A report about a module taken offline meanwhile is dropped: it carries nothing the reader typed.
        } catch (EJBException e) {
            // Reports of one reader from two devices at once collide on the same rows, and one rolls back. It is
            // dropped, not shown as an error: the next report counts the gap since the last one saved.
            // The innermost cause is logged, so that a failure other than such a collision still shows what it was.
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String why = cause.toString();
            LOG.info(() -> "event=reading.reportDropped module=" + id + " cause=" + why);
        }
    }

    /** Takes what the page shows from a view; true when that changed. */
    private boolean show(ReadingView view) {
        int spent = view.secondsSpent() / 60;
        int left = ModuleReading.minutesUp(view.totalMillisLeft());
        Set<String> nowRead = new HashSet<>(view.readSections());
        boolean changed = spent != minutesSpent || left != minutesLeft || !nowRead.equals(read);
        read = nowRead;
        millisLeft = new HashMap<>(view.millisLeft());
        minutesSpent = spent;
        minutesLeft = left;
        percent = ModuleProgress.percent(module.sectionKeys(), read);
        return changed;
    }

    public boolean isRead(String sectionKey) {
        return read.contains(sectionKey);
    }

    /** Reading time a section still needs, in milliseconds (0 once read). */
    public long millisLeft(String sectionKey) {
        return millisLeft.getOrDefault(sectionKey, 0L);
    }

    /** The same in whole minutes, rounded up, for "about N minutes". */
    public int minutesLeft(String sectionKey) {
        return ModuleReading.minutesUp(millisLeft(sectionKey));
    }

    private static String param(String name) {
        Map<String, String> params =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
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

    public int getMinutesLeft() {
        return minutesLeft;
    }

    public int getReportSeconds() {
        return reportSeconds;
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
