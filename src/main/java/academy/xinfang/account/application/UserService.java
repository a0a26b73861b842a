package academy.xinfang.account.application;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.OfficerCsv;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.PasswordPolicy;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.DepartmentRepository;
import academy.xinfang.account.persistence.LoginLockRepository;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
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
import java.util.Set;
import java.util.logging.Logger;

/**
 * Administrators manage accounts. Rules: usernames are unique; an edit made on a stale copy is refused rather than
 * overwriting someone else's change; an administrator cannot disable themselves or drop their own ADMIN role, so
 * the last way in cannot be closed by accident. Disabling, a change of roles and a password reset end the user's
 * open sessions (see {@link User}); a reset password, and by default a new account's first one, must be changed by
 * its owner at the next sign-in. Unlocking lifts a lock without touching the password. Officers may also come in
 * bulk, from a CSV file: all its lines or none.
 */
@Stateless
@RolesAllowed("ADMIN")
public class UserService {
    @Inject
    AuditLog audit;

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

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

    public List<UserView> search(String text, int first, int max) {
        return users.search(text, first, max).stream().map(this::view).toList();
    }

    public UserView get(long id) {
        return view(find(id));
    }

    /** The lock list of the user page: newest first. */
    public static final int RECENT_LOCKS = 20;

    @Inject
    LoginAttempts attempts;

    @Inject
    LoginLockRepository locks;

    public UserView create(
            String username,
            String displayName,
            Long departmentId,
            Set<Role> roles,
            String password,
            boolean mustChangePassword) {
        String name = User.normaliseUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw new AccountException("user.usernameTaken", name);
        }
        PasswordPolicy.check(password, name);
        User user = new User(name, displayName, hasher.hash(password), roles, clock.instant());
        if (mustChangePassword) {
            user.requirePasswordChange();
        }
        user.moveTo(department(departmentId));
        users.add(user);
        LOG.info(() -> "event=user.created by=" + caller() + " user=" + name + " roles=" + roles
                + " mustChangePassword=" + mustChangePassword);
        audit.record(
                caller(),
                AuditAction.USER_CREATED,
                name,
                "roles=" + roles + " mustChangePassword=" + mustChangePassword);
        return view(user);
    }

    /**
     * Bulk import of officers from CSV: all lines or none. The file is checked completely first (see
     * {@link OfficerCsv}); only a file without a single error is saved, in one transaction.
     */
    public OfficerCsv.Result importOfficers(byte[] bytes) {
        Map<String, Department> byCode = new HashMap<>();
        departments.findAll().forEach(d -> byCode.put(d.getCode(), d));
        OfficerCsv.Result result = OfficerCsv.parse(bytes, byCode::containsKey, users::existingUsernames);
        if (!result.ok()) {
            LOG.info(() -> "event=officers.importRefused by=" + caller() + " errors="
                    + result.errors().size());
            audit.record(
                    caller(),
                    AuditAction.OFFICERS_IMPORT_REFUSED,
                    "",
                    "errors=" + result.errors().size());
            return result;
        }
        Instant now = clock.instant();
        List<User> imported = new ArrayList<>();
        for (OfficerCsv.Row row : result.rows()) {
            User user = new User(
                    row.username(), row.displayName(), hasher.hash(row.password()), List.of(Role.OFFICER), now);
            // the file's first password is known to whoever wrote the file: each officer chooses their own first
            user.requirePasswordChange();
            user.moveTo(byCode.get(row.departmentCode()));
            imported.add(user);
        }
        users.addAll(imported);
        LOG.info(() -> "event=officers.imported by=" + caller() + " count="
                + result.rows().size() + " charset=" + result.charset());
        audit.record(
                caller(),
                AuditAction.OFFICERS_IMPORTED,
                "",
                "count=" + result.rows().size() + " usernames="
                        + String.join(
                                ",",
                                result.rows().stream()
                                        .map(OfficerCsv.Row::username)
                                        .toList()));
        return result;
    }

    public UserView update(
            long id, long expectedVersion, String displayName, Long departmentId, Set<Role> roles, boolean enabled) {
        User user = find(id);
        if (user.getVersion() != expectedVersion) {
            throw new AccountException("user.changedMeanwhile", user.getUsername());
        }
        boolean self = user.getUsername().equals(caller());
        if (self && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new AccountException("user.cannotLockOutSelf");
        }
        user.rename(displayName);
        user.assignRoles(roles);
        user.moveTo(department(departmentId));
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        LOG.info(() -> "event=user.updated by=" + caller() + " user=" + user.getUsername() + " roles=" + roles
                + " enabled=" + enabled);
        audit.record(caller(), AuditAction.USER_UPDATED, user.getUsername(), "roles=" + roles + " enabled=" + enabled);
        return view(user);
    }

    /**
     * Sets a new password chosen by the administrator: the user's sessions end, a lock is lifted and its failures
     * forgotten, and the user must choose their own password at the next sign-in.
     */
    public void resetPassword(long id, String newPassword) {
        User user = find(id);
        PasswordPolicy.check(newPassword, user.getUsername());
        user.resetPassword(hasher.hash(newPassword));
        liftLocks(user);
        LOG.info(() -> "event=user.passwordReset by=" + caller() + " user=" + user.getUsername());
        audit.record(caller(), AuditAction.USER_PASSWORD_RESET, user.getUsername(), "");
    }

    /** Lifts a lock from failed sign-ins and forgets those failures; the password and open sessions stay. */
    public void unlock(long id) {
        User user = find(id);
        boolean wasLocked = user.isLockedAt(clock.instant());
        liftLocks(user);
        LOG.info(
                () -> "event=user.unlocked by=" + caller() + " user=" + user.getUsername() + " wasLocked=" + wasLocked);
        audit.record(caller(), AuditAction.USER_UNLOCKED, user.getUsername(), "wasLocked=" + wasLocked);
    }

    /** The newest account locks, for the user list. */
    public List<LockView> recentLocks() {
        return locks.recent(RECENT_LOCKS).stream().map(LockView::of).toList();
    }

    /**
     * The one way a lock is lifted (an unlock or a reset): the account opens again, the locks in force are marked as
     * lifted by the caller, and the account's failures are forgotten.
     */
    private void liftLocks(User user) {
        Instant now = clock.instant();
        user.unlock();
        locks.activeAt(user.getUsername(), now).forEach(l -> l.unlockedBy(caller(), now));
        attempts.forgetAccount(user.getUsername());
    }

    private UserView view(User user) {
        return UserView.of(user, clock.instant());
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new AccountException("user.notFound", id));
    }

    private Department department(Long id) {
        return id == null
                ? null
                : departments.findById(id).orElseThrow(() -> new AccountException("department.notFound", id));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
