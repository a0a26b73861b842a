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
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    private static User user() {
        return new User("zhang.wei", "张伟", "hash", List.of(Role.OFFICER), T0);
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
        assertThatThrownBy(() -> User.normaliseUsername("a".repeat(65))).isInstanceOf(AccountException.class);
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
        assertThatThrownBy(() -> User.normaliseUsername(null)).isInstanceOfSatisfying(AccountException.class, e -> {
            assertThat(e.key()).isEqualTo("user.badUsername");
            assertThat(e.arguments()).containsExactly("");
        });
        assertThatThrownBy(() -> User.normaliseUsername("   ")).isInstanceOf(AccountException.class);
    }

    @Test
    void badUsernameExceptionCarriesTheOriginalInput() {
        assertThatThrownBy(() -> User.normaliseUsername("Bad Name"))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.arguments()).containsExactly("Bad Name"));
    }

    @Test
    void constructorNormalisesUsername() {
        User user = new User("  LI.Na ", "李娜", "hash", List.of(Role.TRAINER), T0);
        assertThat(user.getUsername()).isEqualTo("li.na");
        assertThat(user.getCreatedAt()).isEqualTo(T0);
        assertThat(user.getPasswordHash()).isEqualTo("hash");
        assertThat(user.isEnabled()).isTrue();
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
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("user.badDisplayName"));
        assertThatThrownBy(() -> user().rename(null))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("user.badDisplayName"));
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
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("user.needsRole"));
        assertThatThrownBy(() -> user.assignRoles(null))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("user.needsRole"));
        assertThat(user.getRoles()).containsExactly(Role.OFFICER);
    }

    @Test
    void constructorWithoutRolesIsRejected() {
        assertThatThrownBy(() -> new User("zhang.wei", "张伟", "hash", List.of(), T0))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("user.needsRole"));
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

    // --- lock (the worst case of failed sign-ins) ---

    @Test
    void aLockHoldsUntilItsEndAndUnlockLiftsItEarly() {
        User user = user();
        Instant until = T0.plus(Duration.ofHours(1));
        user.lockUntil(until);
        assertThat(user.isLockedAt(T0)).isTrue();
        assertThat(user.isLockedAt(until.minusMillis(1))).isTrue();
        assertThat(user.isLockedAt(until)).isFalse();
        user.unlock();
        assertThat(user.isLockedAt(T0)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
    }

    @Test
    void unlockingNeitherChangesThePasswordNorEndsSessions() {
        User user = user();
        user.lockUntil(T0.plus(Duration.ofHours(1)));
        long stamp = user.getSecurityStamp();
        user.unlock();
        assertThat(user.getPasswordHash()).isEqualTo("hash");
        assertThat(user.getSecurityStamp()).isEqualTo(stamp);
    }

    // --- security stamp: what ends open sessions ---

    @Test
    void aNewUserStartsAtStampZeroWithoutAForcedChange() {
        assertThat(user().getSecurityStamp()).isZero();
        assertThat(user().isMustChangePassword()).isFalse();
    }

    @Test
    void disablingBumpsTheStampOnceAndEnablingDoesNot() {
        User user = user();
        user.disable();
        assertThat(user.getSecurityStamp()).isEqualTo(1);
        user.disable();
        assertThat(user.getSecurityStamp()).isEqualTo(1);
        user.enable();
        assertThat(user.getSecurityStamp()).isEqualTo(1);
    }

    @Test
    void changingTheRolesBumpsTheStampAndAssigningTheSameRolesDoesNot() {
        User user = user();
        user.assignRoles(List.of(Role.OFFICER));
        assertThat(user.getSecurityStamp()).isZero();
        user.assignRoles(List.of(Role.OFFICER, Role.ADMIN));
        assertThat(user.getSecurityStamp()).isEqualTo(1);
        user.assignRoles(List.of(Role.OFFICER));
        assertThat(user.getSecurityStamp()).isEqualTo(2);
    }

    @Test
    void renamingAndMovingDoNotEndSessions() {
        User user = user();
        user.rename("张伟伟");
        user.moveTo(new Department("C01", "示范县", DepartmentKind.COUNTY, null));
        assertThat(user.getSecurityStamp()).isZero();
    }

    /** That a reset also lifts a lock is UserService's part (UserServiceTest), with the lock's record. */
    @Test
    void anAdministratorsResetBumpsTheStampAndForcesAChange() {
        User user = user();
        user.resetPassword("reset-hash");
        assertThat(user.getPasswordHash()).isEqualTo("reset-hash");
        assertThat(user.getSecurityStamp()).isEqualTo(1);
        assertThat(user.isMustChangePassword()).isTrue();
    }

    @Test
    void choosingOnesOwnPasswordBumpsTheStampAndClearsTheForcedChange() {
        User user = user();
        user.requirePasswordChange();
        assertThat(user.isMustChangePassword()).isTrue();
        assertThat(user.getSecurityStamp())
                .as("requiring a change ends nothing")
                .isZero();
        user.choosePassword("own-hash");
        assertThat(user.getPasswordHash()).isEqualTo("own-hash");
        assertThat(user.getSecurityStamp()).isEqualTo(1);
        assertThat(user.isMustChangePassword()).isFalse();
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
    void moveToUpdatesTheDepartment() {
        User user = user();
        Department county = new Department("C01", "示范县", DepartmentKind.COUNTY, null);
        user.moveTo(county);
        assertThat(user.getDepartment()).isSameAs(county);
    }
}
