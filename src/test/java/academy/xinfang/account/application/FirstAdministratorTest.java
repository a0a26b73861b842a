package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.account.domain.AccountException;
import academy.xinfang.account.domain.PasswordHasher;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.testing.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The configured first administrator password obeys the rule of the change form, the username included. */
class FirstAdministratorTest {
    private final List<User> added = new ArrayList<>();

    private FirstAdministrator withPassword(String configured) {
        FirstAdministrator first = new FirstAdministrator();
        first.users = new UserRepository(null) {
            @Override
            public boolean anyWithRole(Role role) {
                return false;
            }

            @Override
            public Optional<User> findByUsername(String username) {
                return Optional.empty();
            }

            @Override
            public void add(User user) {
                added.add(user);
            }
        };
        first.hasher = new PasswordHasher(1000);
        first.clock = TestClock.at(Instant.parse("2026-12-01T08:00:00Z"));
        first.configuredPassword = Optional.of(configured);
        return first;
    }

    @Test
    void aConfiguredPasswordContainingTheUsernameIsRefusedAsOnTheChangeForm() {
        assertThatThrownBy(() -> withPassword("admin2026x").ensureExists())
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("password.containsUsername"));
        assertThat(added).isEmpty();
    }

    @Test
    void aConfiguredPasswordThatTheChangeFormWouldAcceptCreatesTheAdministrator() {
        withPassword("Xinfang2026x").ensureExists();
        assertThat(added).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.hasRole(Role.ADMIN)).isTrue();
            assertThat(admin.isMustChangePassword()).isFalse();
        });
    }
}
