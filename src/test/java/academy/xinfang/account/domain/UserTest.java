package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private static User user() {
        return new User("zhang.wei", "张伟", "hash", List.of(Role.OFFICER), T0);
    }

    private static void failTimes(User user, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin(at, POLICY);
        }
    }

    // --- username ---

    @Test
    void normaliseUsernameStripsAndLowerCases() {
        assertThat(User.normaliseUsername("  Zhang.Wei_01-x  ")).isEqualTo("zhang.wei_01-x");
    }

    @Test
    void normaliseUsernameAcceptsTwoCharactersAndSixtyFour() {
        assertThat(User.normaliseUsername("ab")).isEqualTo("ab");
        String sixtyFour = "a" + "b".repeat(63);
        assertThat(User.normaliseUsername(sixtyFour)).isEqualTo(sixtyFour);
    }

    @Test
    void normaliseUsernameRejectsSingleCharacter() {
        assertThatThrownBy(() -> User.normaliseUsername("a"))
                .isInstanceOf(AccountException.class)
                .extracting(e -> ((AccountException) e).key())
                .isEqualTo("user.badUsername");
    }

    @Test
    void normaliseUsernameRejectsSixtyFiveCharacters() {
        assertThatThrownBy(() -> User.normaliseUsername("a".repeat(65)))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void normaliseUsernameRejectsLeadingPunctuation() {
        assertThatThrownBy(() -> User.normaliseUsername(".zhang")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> User.normaliseUsername("_zhang")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> User.normaliseUsername("-zhang")).isInstanceOf(AccountException.class);
    }

    @Test
    void normaliseUsernameRejectsChineseSpacesAndSymbols() {
        assertThatThrownBy(() -> User.normaliseUsername("张伟")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> User.normaliseUsername("zhang wei")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> User.normaliseUsername("zhang@wei")).isInstanceOf(AccountException.class);
    }

    @Test
    void normaliseUsernameRejectsNullAndBlankWithEmptyArgument() {
        assertThatThrownBy(() -> User.normaliseUsername(null))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.key()).isEqualTo("user.badUsername");
                    assertThat(e.arguments()).containsExactly("");
                });
        assertThatThrownBy(() -> User.normaliseUsername("   ")).isInstanceOf(AccountException.class);
    }

    @Test
    void badUsernameExceptionCarriesTheOriginalInput() {
        assertThatThrownBy(() -> User.normaliseUsername("Bad Name"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.arguments()).containsExactly("Bad Name"));
    }

    @Test
    void constructorNormalisesUsername() {
        User user = new User("  LI.Na ", "李娜", "hash", List.of(Role.TRAINER), T0);
        assertThat(user.getUsername()).isEqualTo("li.na");
        assertThat(user.getCreatedAt()).isEqualTo(T0);
        assertThat(user.getPasswordHash()).isEqualTo("hash");
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getFailedLogins()).isZero();
        assertThat(user.getLockedUntil()).isNull();
    }

    // --- display name ---

    @Test
    void displayNameIsStripped() {
        User user = new User("zhang.wei", "  张伟 ", "hash", List.of(Role.OFFICER), T0);
        assertThat(user.getDisplayName()).isEqualTo("张伟");
    }

    @Test
    void blankOrNullDisplayNameIsRejected() {
        assertThatThrownBy(() -> new User("zhang.wei", "  ", "hash", List.of(Role.OFFICER), T0))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.key()).isEqualTo("user.badDisplayName"));
        assertThatThrownBy(() -> user().rename(null))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.key()).isEqualTo("user.badDisplayName"));
    }

    @Test
    void displayNameOfHundredCharactersIsAcceptedAndHundredOneRejected() {
        User user = user();
        user.rename("名".repeat(100));
        assertThat(user.getDisplayName()).hasSize(100);
        assertThatThrownBy(() -> user.rename("名".repeat(101))).isInstanceOf(AccountException.class);
        assertThat(user.getDisplayName()).hasSize(100);
    }

    // --- roles ---

    @Test
    void assignRolesRequiresAtLeastOneRole() {
        User user = user();
        assertThatThrownBy(() -> user.assignRoles(List.of()))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.key()).isEqualTo("user.needsRole"));
        assertThatThrownBy(() -> user.assignRoles(null))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.key()).isEqualTo("user.needsRole"));
        assertThat(user.getRoles()).containsExactly(Role.OFFICER);
    }

    @Test
    void constructorWithoutRolesIsRejected() {
        assertThatThrownBy(() -> new User("zhang.wei", "张伟", "hash", List.of(), T0))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.key()).isEqualTo("user.needsRole"));
    }

    @Test
    void assignRolesReplacesPreviousRoles() {
        User user = user();
        user.assignRoles(List.of(Role.TRAINER, Role.ADMIN));
        assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.TRAINER, Role.ADMIN);
        assertThat(user.hasRole(Role.OFFICER)).isFalse();
        assertThat(user.hasRole(Role.ADMIN)).isTrue();
    }

    @Test
    void getRolesReturnsACopy() {
        User user = user();
        Set<Role> roles = user.getRoles();
        roles.add(Role.ADMIN);
        roles.remove(Role.OFFICER);
        assertThat(user.getRoles()).containsExactly(Role.OFFICER);
        assertThat(user.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void assignRolesCopiesTheGivenCollection() {
        User user = user();
        EnumSet<Role> given = EnumSet.of(Role.TRAINER);
        user.assignRoles(given);
        given.add(Role.ADMIN);
        assertThat(user.getRoles()).containsExactly(Role.TRAINER);
    }

    // --- lockout ---

    @Test
    void fourWrongPasswordsDoNotLock() {
        User user = user();
        failTimes(user, 4, T0);
        assertThat(user.getFailedLogins()).isEqualTo(4);
        assertThat(user.isLockedAt(T0)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
    }

    @Test
    void fifthWrongPasswordLocksForFifteenMinutes() {
        User user = user();
        failTimes(user, 4, T0);
        Instant fifth = T0.plusSeconds(30);
        user.recordFailedLogin(fifth, POLICY);
        assertThat(user.getLockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
        assertThat(user.isLockedAt(fifth)).isTrue();
        assertThat(user.isLockedAt(fifth.plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
    }

    @Test
    void lockEndsExactlyWhenLockoutExpires() {
        User user = user();
        failTimes(user, 5, T0);
        assertThat(user.isLockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(user.isLockedAt(T0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void wrongPasswordWhileLockedExtendsTheLock() {
        User user = user();
        failTimes(user, 5, T0);
        Instant later = T0.plus(Duration.ofMinutes(10));
        user.recordFailedLogin(later, POLICY);
        assertThat(user.getFailedLogins()).isEqualTo(6);
        assertThat(user.getLockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(15)));
    }

    @Test
    void expiredLockoutStartsAFreshCount() {
        User user = user();
        failTimes(user, 5, T0);
        Instant afterExpiry = T0.plus(Duration.ofMinutes(15));
        user.recordFailedLogin(afterExpiry, POLICY);
        assertThat(user.getFailedLogins()).isEqualTo(1);
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.isLockedAt(afterExpiry)).isFalse();
    }

    @Test
    void afterExpiredLockoutFiveMoreFailuresAreNeededToLockAgain() {
        User user = user();
        failTimes(user, 5, T0);
        Instant afterExpiry = T0.plus(Duration.ofMinutes(20));
        failTimes(user, 4, afterExpiry);
        assertThat(user.isLockedAt(afterExpiry)).isFalse();
        user.recordFailedLogin(afterExpiry, POLICY);
        assertThat(user.isLockedAt(afterExpiry)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(afterExpiry.plus(Duration.ofMinutes(15)));
    }

    @Test
    void successfulLoginClearsFailureCount() {
        User user = user();
        failTimes(user, 4, T0);
        user.recordSuccessfulLogin();
        assertThat(user.getFailedLogins()).isZero();
        failTimes(user, 4, T0);
        assertThat(user.isLockedAt(T0)).isFalse();
    }

    @Test
    void unlockClearsLockAndCount() {
        User user = user();
        failTimes(user, 5, T0);
        user.unlock();
        assertThat(user.isLockedAt(T0)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
        assertThat(user.getFailedLogins()).isZero();
    }

    @Test
    void policyWithOneFailureLocksOnFirstWrongPassword() {
        User user = user();
        user.recordFailedLogin(T0, new LoginPolicy(1, Duration.ofSeconds(30)));
        assertThat(user.isLockedAt(T0)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(T0.plusSeconds(30));
    }

    // --- enable / disable / department / password ---

    @Test
    void disableAndEnableToggleEnabled() {
        User user = user();
        user.disable();
        assertThat(user.isEnabled()).isFalse();
        user.enable();
        assertThat(user.isEnabled()).isTrue();
    }

    @Test
    void changePasswordHashAndMoveToUpdateFields() {
        User user = user();
        Department county = new Department("C01", "示范县", DepartmentKind.COUNTY, null);
        user.changePasswordHash("new-hash");
        user.moveTo(county);
        assertThat(user.getPasswordHash()).isEqualTo("new-hash");
        assertThat(user.getDepartment()).isSameAs(county);
    }
}
