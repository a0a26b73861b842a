package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.persistence.DepartmentRepository;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * The organisation tree. Codes are unique; a department with sub-departments or members cannot be deleted, so no
 * officer is ever left pointing at nothing.
 */
@Stateless
@RolesAllowed("ADMIN")
public class DepartmentService {
    @Inject
    AuditLog audit;

    private static final Logger LOG = Logger.getLogger(DepartmentService.class.getName());

    @Inject
    DepartmentRepository departments;

    @Inject
    UserRepository users;

    @Resource
    SessionContext session;

    public List<DepartmentNode> all() {
        return departments.findAll().stream()
                .map(d -> new DepartmentNode(d.getId(), d.getCode(), d.getName(), d.getKind(), d.getParentId()))
                .toList();
    }

    public long create(String code, String name, DepartmentKind kind, Long parentId) {
        Department parent = parentId == null
                ? null
                : departments
                        .findById(parentId)
                        .orElseThrow(() -> new AccountException("department.notFound", parentId));
        Department d = new Department(code, name, kind, parent);
        if (departments.findByCode(d.getCode()).isPresent()) {
            throw new AccountException("department.codeTaken", d.getCode());
        }
        departments.add(d);
        LOG.info(() -> "event=department.created by=" + caller() + " code=" + d.getCode());
        audit.record(caller(), AuditAction.DEPARTMENT_CREATED, d.getCode(), d.getName());
        return d.getId();
    }

    /**
     * Renames a department. The name must not be empty and must differ from its siblings'; the audit detail keeps the
     * old and the new name ({@code old → new}) so that the log can say what the department was called before.
     */
    public void rename(long id, String name) {
        Department d = find(id);
        String before = d.getName();
        d.rename(name);
        if (departments.siblingNamed(d.getParentId(), d.getName(), d.getId())) {
            throw new AccountException("department.nameTaken", d.getName());
        }
        LOG.info(() -> "event=department.renamed by=" + caller() + " code=" + d.getCode());
        audit.record(caller(), AuditAction.DEPARTMENT_RENAMED, d.getCode(), before + AuditLog.RENAMED + d.getName());
    }

    public void delete(long id) {
        Department d = find(id);
        if (departments.countChildren(id) > 0) {
            throw new AccountException("department.hasChildren", d.getName());
        }
        if (users.countByDepartment(id) > 0) {
            throw new AccountException("department.hasMembers", d.getName());
        }
        departments.remove(d);
        LOG.info(() -> "event=department.deleted by=" + caller() + " code=" + d.getCode());
        audit.record(caller(), AuditAction.DEPARTMENT_DELETED, d.getCode(), d.getName());
    }

    private Department find(long id) {
        return departments.findById(id).orElseThrow(() -> new AccountException("department.notFound", id));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
