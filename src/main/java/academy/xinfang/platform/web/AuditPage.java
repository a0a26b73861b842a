package academy.xinfang.platform.web;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.platform.audit.AuditService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The audit log for administrators, filtered by a plain GET form (bookmarkable, no script): who, what, from and to
 * which day (China Standard Time, both days included).
 */
@Named
@RequestScoped
public class AuditPage {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    AuditService audit;

    private String actor;
    private String action;
    private String from;
    private String to;
    private int page;
    private AuditService.Page result;

    public AuditService.Page getResult() {
        if (result == null) {
            AuditAction wanted = null;
            for (AuditAction a : AuditAction.values()) {
                if (a.name().equals(action)) {
                    wanted = a;
                }
            }
            result = audit.search(new AuditLog.Filter(actor, wanted, day(from, 0), day(to, 1)), page);
        }
        return result;
    }

    private static Instant day(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public boolean isHasMore() {
        return ((long) page + 1) * AuditService.PAGE_SIZE < getResult().total();
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

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
