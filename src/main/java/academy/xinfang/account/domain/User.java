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
import java.util.Locale;
import java.util.Set;

/**
 * A person with an account. Enforces: a username is lower-case ASCII and never changes; a user holds at least one
 * role; a disabled or locked user cannot sign in. The security stamp is the version of the account's credentials:
 * disabling, changing the roles and changing or resetting the password bump it, and a session signed in under an
 * older stamp has ended. A password set by someone else (an import, an administrator's reset) must be changed by its
 * owner before anything else.
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

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {}

    public User(String username, String displayName, String passwordHash, Collection<Role> roles, Instant now) {
        this.username = normaliseUsername(username);
        rename(displayName);
        this.passwordHash = passwordHash;
        this.roles = atLeastOne(roles);
        this.createdAt = now;
    }

    public static String normaliseUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
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

    /** Replaces the roles; a change ends the sessions signed in with the old ones. */
    public void assignRoles(Collection<Role> newRoles) {
        EnumSet<Role> next = atLeastOne(newRoles);
        if (!next.equals(roles)) {
            securityStamp++;
        }
        this.roles = next;
    }

    private static EnumSet<Role> atLeastOne(Collection<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("user.needsRole");
        }
        return EnumSet.copyOf(roles);
    }

    public void moveTo(Department newDepartment) {
        this.department = newDepartment;
    }

    /** The owner chose a new password: their other sessions end, and no change is asked for any more. */
    public void choosePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        securityStamp++;
    }

    /**
     * Someone else set the password (an administrator's reset): every session ends, and the owner must choose their
     * own password at the next sign-in. (The reset also lifts a lock: {@code UserService} does that, with the lock's
     * record.)
     */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        securityStamp++;
    }

    /** The password was given by someone else (import, an administrator creating the account). */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Disabling ends every open session of the account. */
    public void disable() {
        if (enabled) {
            securityStamp++;
        }
        this.enabled = false;
    }

    /** The worst case of failed sign-ins: nobody signs in until then, not even with the right password. */
    public void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    /** Lifts a lock early; the password stays and open sessions go on (a lock is about guessing, not the owner). */
    public void unlock() {
        this.lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
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

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
