package academy.xinfang.account.web;

import academy.xinfang.account.application.DepartmentService;
import academy.xinfang.account.application.DepartmentTree;
import academy.xinfang.account.application.UserService;
import academy.xinfang.account.application.UserView;
import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.Role;
import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.security.SecurityConfiguration;
import academy.xinfang.platform.web.Refusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Create or edit one account; reset its password; lift a lock. Without an id the page creates, by default with "must
 * change the password at first sign-in" ticked: the administrator knows that first password.
 */
@Named
@ViewScoped
public class UserEditPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    DepartmentService departments;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    private Long departmentId;
    private List<String> roles = new ArrayList<>(List.of(Role.OFFICER.name()));
    private boolean enabled = true;
    private boolean mustChangePassword = true;
    private boolean locked;
    private Instant lockedUntil;
    private String password;
    private String newPassword;
    private List<DepartmentTree.Entry> departmentOptions;

    /** View action: loads the user named by the id parameter, if any; 404 with the reason for an unknown id. */
    public void load() {
        departmentOptions = DepartmentTree.flatten(departments.all());
        if (id != null) {
            UserView u;
            try {
                u = users.get(id);
            } catch (AccountException e) {
                Refusals.send(404, e);
                return;
            }
            version = u.version();
            username = u.username();
            displayName = u.displayName();
            departmentId = u.departmentId();
            roles = new ArrayList<>(u.roles().stream().map(Enum::name).toList());
            enabled = u.enabled();
            mustChangePassword = u.mustChangePassword();
            locked = u.locked();
            lockedUntil = u.lockedUntil();
        }
    }

    public String save() {
        try {
            if (id == null) {
                UserView created =
                        users.create(username, displayName, departmentId, roleSet(), password, mustChangePassword);
                Messages.info("user.created", created.username());
                return "/admin/user.xhtml?faces-redirect=true&id=" + created.id();
            }
            UserView saved = users.update(id, version, displayName, departmentId, roleSet(), enabled);
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            if (request.getUserPrincipal() != null
                    && saved.username().equals(request.getUserPrincipal().getName())) {
                // an administrator who gave themselves another role stays signed in here
                SecurityConfiguration.keepSignedIn(request, saved.securityStamp());
            }
            Messages.info("user.saved", username);
            return "/admin/user.xhtml?faces-redirect=true&id=" + id;
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
    }

    public String resetPassword() {
        try {
            users.resetPassword(id, newPassword);
            Messages.info("user.passwordReset", username);
            return "/admin/user.xhtml?faces-redirect=true&id=" + id;
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
    }

    public String unlock() {
        try {
            users.unlock(id);
            Messages.info("user.unlocked", username);
            return "/admin/user.xhtml?faces-redirect=true&id=" + id;
        } catch (AccountException e) {
            Messages.error(e);
            return null;
        }
    }

    private Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        return set;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<DepartmentTree.Entry> getDepartmentOptions() {
        return departmentOptions;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isLocked() {
        return locked;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
