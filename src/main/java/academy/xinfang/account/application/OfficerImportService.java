package academy.xinfang.account.application;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.OfficerCsv;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.DepartmentRepository;
import academy.xinfang.account.persistence.UserRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Bulk import of officers from CSV: all lines or none. The file is checked completely first (see {@link OfficerCsv});
 * only a file without a single error is saved, in one transaction.
 */
@Stateless
@RolesAllowed("ADMIN")
public class OfficerImportService {
    @Inject
    AuditLog audit;

    private static final Logger LOG = Logger.getLogger(OfficerImportService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    DepartmentRepository departments;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public OfficerCsv.Result importCsv(byte[] bytes) {
        Map<String, Department> byCode = new HashMap<>();
        departments.findAll().forEach(d -> byCode.put(d.getCode(), d));
        OfficerCsv.Result result = OfficerCsv.parse(bytes, byCode::containsKey, users::existingUsernames);
        if (!result.ok()) {
            LOG.info(() -> "event=officers.importRefused by=" + caller() + " errors=" + result.errors().size());
            audit.record(caller(), AuditAction.OFFICERS_IMPORT_REFUSED, "", "errors=" + result.errors().size());
            return result;
        }
        Instant now = clock.instant();
        List<User> imported = new ArrayList<>();
        for (OfficerCsv.Row row : result.rows()) {
            User user = new User(row.username(), row.displayName(), hasher.hash(row.password()), List.of(Role.OFFICER), now);
            // the file's first password is known to whoever wrote the file: each officer chooses their own first
            user.requirePasswordChange();
            user.moveTo(byCode.get(row.departmentCode()));
            imported.add(user);
        }
        users.addAll(imported);
        LOG.info(() -> "event=officers.imported by=" + caller() + " count=" + result.rows().size() + " charset="
                + result.charset());
        audit.record(caller(), AuditAction.OFFICERS_IMPORTED, "", "count=" + result.rows().size() + " usernames="
                + String.join(",", result.rows().stream().map(OfficerCsv.Row::username).toList()));
        return result;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
