package academy.xinfang.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person with an account. Enforces: a username is lower-case ASCII and never changes; a user holds at least one
 * role; a disabled or locked user cannot log in; after {@link LoginPolicy#maxFailures()} failed logins in a row the
 * account is locked for {@link LoginPolicy#lockout()}, and a successful login clears the count.
 */
@Entity
@Table(name = "app_user")
public class User implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {}

    public User(String username, String displayName, String passwordHash, Collection<Role> roles, Instant now) {
        this.username = normaliseUsername(username);
        rename(displayName);
        this.passwordHash = passwordHash;
        assignRoles(roles);
        this.createdAt = now;
    }

    public static String normaliseUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!u.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw new AccountException("user.badUsername", username == null ? "" : username);
        }
        return u;
    }

    public void rename(String newDisplayName) {
        String trimmed = newDisplayName == null ? "" : newDisplayName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new AccountException("user.badDisplayName");
        }
        this.displayName = trimmed;
    }

    public void assignRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new AccountException("user.needsRole");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void moveTo(Department newDepartment) {
        this.department = newDepartment;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Clears a lockout early, as administrators do after a password reset. */
    public void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; the failure that reaches the limit locks the account. */
    public void recordFailedLogin(Instant now, LoginPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // An expired lockout starts a fresh count.
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockout());
        }
    }

    public void recordSuccessfulLogin() {
        unlock();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
