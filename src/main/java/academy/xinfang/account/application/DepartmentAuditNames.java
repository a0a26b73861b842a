package academy.xinfang.account.application;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.persistence.DepartmentRepository;
import academy.xinfang.platform.audit.AuditNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Department names for the audit page. */
@ApplicationScoped
public class DepartmentAuditNames implements AuditNames {
    @Inject
    DepartmentRepository departments;

    @Override
    public Optional<String> department(long id) {
        return departments.findById(id).map(Department::getName);
    }
}
