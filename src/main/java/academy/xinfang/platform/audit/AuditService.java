package academy.xinfang.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The audit log as administrators read it. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditService {
    public static final int PAGE_SIZE = 50;
    /** Five million entries deep; far beyond any county's log, and an offset that always fits an int. */
    public static final int MAX_PAGE = 100_000;

    public record Row(Instant occurredAt, String actor, String action, String target, String detail)
            implements Serializable {}

    public record Page(List<Row> rows, long total) implements Serializable {}

    @Inject
    AuditLog log;

    public Page search(AuditLog.Filter filter, int page) {
        int first = Math.min(Math.max(0, page), MAX_PAGE) * PAGE_SIZE;
        List<Row> rows = log.search(filter, first, PAGE_SIZE).stream()
                .map(e -> new Row(e.getOccurredAt(), e.getActor(), e.getAction(), e.getTarget(), e.getDetail()))
                .toList();
        return new Page(rows, log.count(filter));
    }
}
