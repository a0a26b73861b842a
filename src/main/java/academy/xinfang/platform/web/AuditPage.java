package academy.xinfang.platform.web;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.platform.audit.AuditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The audit log for administrators, filtered by a plain GET form (bookmarkable, no script): who, what, from and to
 * which day (China Standard Time, both days included).
 */
@Named
@RequestScoped
public class AuditPage {
    @Inject
    AuditService audit;

    private String actor;
    private String action;
    private final DayRange days = new DayRange();
    private int page;
    private AuditService.Page result;

    /** View action. */
    public void load() {
        AuditAction wanted = null;
        for (AuditAction a : AuditAction.values()) {
            if (a.name().equals(action)) {
                wanted = a;
            }
        }
        result = audit.search(new AuditLog.Filter(actor, wanted, days.start(), days.end()), page);
    }

    public AuditService.Page getResult() {
        return result;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public boolean isHasMore() {
        // also asked while a postback (the language switch) is decoded, before any view action
        return result != null && ((long) page + 1) * AuditService.PAGE_SIZE < result.total();
    }

    /** The highest page number the address may ask for (a larger one is answered 400). */
    public int getMaxPage() {
        return AuditService.MAX_PAGE;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public DayRange getDays() {
        return days;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
