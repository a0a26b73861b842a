package academy.xinfang.account.application;

import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.PasswordPolicy;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fresh installation has no way in but this: while no administrator exists, user {@code admin} is created with
 * the password from {@code ACADEMY_ADMIN_PASSWORD}, or a random one printed once to the terminal (never to a log
 * file) which must be changed at the first sign-in.
 */
@Stateless
@PermitAll
public class FirstAdministrator {
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    /** Marks a console line that must reach the terminal only (see {@code src/main/sh/academy-run.sh}). */
    public static final String TERMINAL_ONLY = "[terminal-only]";

    static final String USERNAME = "admin";

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "academy.admin.password")
    Optional<String> configuredPassword;

    public void ensureExists() {
        if (users.anyWithRole(Role.ADMIN)) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = PasswordHasher.randomPassword();
        } else {
            // the rule of the change form, so that the first password is not one the administrator may not choose
            PasswordPolicy.check(password, USERNAME);
        }
        Optional<User> existing = users.findByUsername(USERNAME);
        if (existing.isPresent()) {
            // Someone took the name "admin" without the role: promote rather than fail the start.
            User admin = existing.get();
            Set<Role> roles = admin.getRoles();
            roles.add(Role.ADMIN);
            admin.assignRoles(roles);
            if (generated) {
                admin.resetPassword(hasher.hash(password));
            } else {
                admin.choosePassword(hasher.hash(password));
            }
            admin.enable();
        } else {
            User admin = new User(USERNAME, "系统管理员", hasher.hash(password), List.of(Role.ADMIN), clock.instant());
            if (generated) {
                // printed on a terminal: whoever reads it first should not keep the only way in
                admin.requirePasswordChange();
            }
            users.add(admin);
        }
        if (generated) {
            // Printed once, on the console only: it is the only copy of this password.
            System.out.println(consoleNotice(password));
        }
        LOG.info(() -> "event=admin.created generatedPassword=" + generated);
    }

    /**
     * The first-start notice. The line with the password carries {@link #TERMINAL_ONLY}, which the launcher
     * ({@code academy-run.sh}) keeps out of its log file while the terminal still shows it.
     */
    static String consoleNotice(String password) {
        return "\n==== Xinfang Academy: first administrator created ====\n"
                + "  user:     admin\n  password: " + password + "   " + TERMINAL_ONLY + "\n"
                + "  (set ACADEMY_ADMIN_PASSWORD to choose it; change it after logging in)\n"
                + "=======================================================\n";
    }
}
