package academy.xinfang.platform.web;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.platform.audit.AuditNames;
import academy.xinfang.platform.audit.AuditService;
import academy.xinfang.platform.audit.AuditText;
import academy.xinfang.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The audit log for administrators, filtered by a plain GET form (bookmarkable, no script): who, what, from and to
 * which day (China Standard Time, both days included).
 */
@Named
@RequestScoped
public class AuditPage {
    @Inject
    AuditService audit;

    @Inject
    Instance<AuditNames> names;

    private final Map<String, Optional<String>> known = new HashMap<>();

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

    /** The event in words (see {@link AuditText}); names looked up once per page. */
    public String describe(AuditService.Row row) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return AuditText.describe(row.action(), row.target(), row.detail(), new AuditText.Lookup() {
            @Override
            public String text(String key, Object... arguments) {
                return Messages.text(locale, key, arguments);
            }

            @Override
            public Optional<String> department(long id) {
                return first("d" + id, n -> n.department(id));
            }

            @Override
            public Optional<String> course(String key) {
                return first("c" + key, n -> n.course(key, locale));
            }

            @Override
            public Optional<String> cohort(long id) {
                return first("h" + id, n -> n.cohort(id));
            }
        });
    }

    private Optional<String> first(String cacheKey, Function<AuditNames, Optional<String>> ask) {
        return known.computeIfAbsent(
                cacheKey, k -> names.stream().map(ask).flatMap(Optional::stream).findFirst());
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
