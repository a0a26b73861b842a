package academy.xinfang.account.web;

import academy.xinfang.account.application.DepartmentService;
import academy.xinfang.account.application.DepartmentTree;
import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.platform.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The department tree: add a county, township or department; rename; delete an empty one. */
@Named
@ViewScoped
public class DepartmentsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DepartmentService departments;

    private List<DepartmentTree.Entry> tree;
    private String code;
    private String name;
    private DepartmentKind kind = DepartmentKind.TOWNSHIP;
    private Long parentId;
    private Long renameId;
    private String newName;

    /** View action. */
    public void load() {
        tree = DepartmentTree.flatten(departments.all());
    }

    public String create() {
        try {
            departments.create(code, name, kind, kind == DepartmentKind.COUNTY ? null : parentId);
            Messages.info("department.created", name);
            return "/admin/departments.xhtml?faces-redirect=true";
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
    }

    public String rename() {
        try {
            departments.rename(renameId == null ? -1 : renameId, newName);
            Messages.info("department.renamed", newName == null ? "" : newName.strip());
            return "/admin/departments.xhtml?faces-redirect=true";
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
    }

    /** The question asked before deleting, naming the department (confirm.js shows it). */
    public String deleteConfirm(String name) {
        return Messages.text("department.deleteConfirm", name);
    }

    public String delete(long id) {
        try {
            departments.delete(id);
            Messages.info("department.deleted");
            return "/admin/departments.xhtml?faces-redirect=true";
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
    }

    public List<DepartmentTree.Entry> getTree() {
        return tree;
    }

    public DepartmentKind[] getKinds() {
        return DepartmentKind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public Long getRenameId() {
        return renameId;
    }

    public void setRenameId(Long renameId) {
        this.renameId = renameId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
