package academy.xinfang.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A node of the organisation tree. A county has no parent; townships and departments hang below a county or below
 * each other. The code is the stable key used by CSV imports and reports.
 */
@Entity
@Table(name = "department")
public class Department implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DepartmentKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Department parent;

    @Version
    private long version;

    protected Department() {}

    public Department(String code, String name, DepartmentKind kind, Department parent) {
        this.code = requireCode(code);
        rename(name);
        this.kind = Objects.requireNonNull(kind);
        if (parent == null && kind != DepartmentKind.COUNTY) {
            throw new AccountException("department.needsParent");
        }
        if (parent != null && kind == DepartmentKind.COUNTY) {
            throw new AccountException("department.countyIsRoot");
        }
        this.parent = parent;
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new AccountException("department.badName");
        }
        this.name = trimmed;
    }

    private static String requireCode(String code) {
        String trimmed = code == null ? "" : code.strip();
        if (!trimmed.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new AccountException("department.badCode", code);
        }
        return trimmed;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public Department getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }
}
