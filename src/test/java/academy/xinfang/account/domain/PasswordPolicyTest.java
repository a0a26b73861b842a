package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static AccountException refusal(String password) {
        Throwable thrown = Assertions.catchThrowable(() -> PasswordPolicy.check(password));
        assertThat(thrown).isInstanceOf(AccountException.class);
        return (AccountException) thrown;
    }

    @Test
    void eightCharactersWithLetterAndDigitAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("kbvq7tzm")).doesNotThrowAnyException();
    }

    @Test
    void hundredTwentyEightCharactersAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("a1".repeat(64))).doesNotThrowAnyException();
    }

    @Test
    void chineseLettersCountAsLetters() {
        assertThatCode(() -> PasswordPolicy.check("信访学院密码2025")).doesNotThrowAnyException();
    }

    @Test
    void sevenCharactersAreTooShortWithMinimumAsArgument() {
        AccountException e = refusal("abcdef1");
        assertThat(e.key()).isEqualTo("password.tooShort");
        assertThat(e.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
    }

    @Test
    void nullAndEmptyAreTooShort() {
        assertThat(refusal(null).key()).isEqualTo("password.tooShort");
        assertThat(refusal("").key()).isEqualTo("password.tooShort");
    }

    @Test
    void hundredTwentyNineCharactersAreTooLongWithMaximumAsArgument() {
        AccountException e = refusal("a1".repeat(64) + "x");
        assertThat(e.key()).isEqualTo("password.tooLong");
        assertThat(e.arguments()).containsExactly(PasswordPolicy.MAX_LENGTH);
    }

    @Test
    void lettersOnlyNeedLetterAndDigit() {
        assertThat(refusal("abcdefghij").key()).isEqualTo("password.needsLetterAndDigit");
    }

    @Test
    void digitsOnlyNeedLetterAndDigit() {
        assertThat(refusal("1234567890").key()).isEqualTo("password.needsLetterAndDigit");
    }

    @Test
    void symbolsOnlyNeedLetterAndDigit() {
        assertThat(refusal("!@#$%^&*()").key()).isEqualTo("password.needsLetterAndDigit");
    }

    @Test
    void accountExceptionMessageIsItsKey() {
        assertThatThrownBy(() -> PasswordPolicy.check("short"))
                .isInstanceOf(AccountException.class)
                .hasMessage("password.tooShort");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {
            "abcd1234",
            "password1",
            "Password1",
            "PASSWORD1",
            "qwerty123",
            "a123456789",
            "woaini1314",
            "1qaz2wsx",
            "zxcvbnm123",
            "iloveyou1",
            "Passw0rd2026",
            "Xinfang2026"
        }) {
            assertThat(refusal(common).key()).as(common).isEqualTo("password.common");
        }
    }

    @Test
    void passwordsOfTheTestsAndTheReadmeAreNotCommon() {
        for (String chosen : new String[] {
            "Fixture2026pw", "ChangeMe2026", "Initial2026", "NewSecret2026", "Changed2026x", "Initial2026x"
        }) {
            assertThatCode(() -> PasswordPolicy.check(chosen)).as(chosen).doesNotThrowAnyException();
        }
        // passwords of the first administrator (tests, README, benchmarks): checked with its username at first start
        for (String admin : new String[] {"Guanli2026pw", "ChangeMe2026", "Bench2026pass"}) {
            assertThatCode(() -> PasswordPolicy.check(admin, "admin")).as(admin).doesNotThrowAnyException();
        }
    }

    @Test
    void thePasswordMayNeitherBeNorContainTheUsername() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhang.wei2026", "zhang.wei"))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("password.containsUsername"));
        assertThatThrownBy(() -> PasswordPolicy.check("My-ZHANG.WEI-9", "zhang.wei"))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("password.containsUsername"));
        assertThatThrownBy(() -> PasswordPolicy.check("li2026abcxyz", "li2026abcxyz"))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.key()).isEqualTo("password.containsUsername"));
    }

    @Test
    void aTwoLetterUsernameInsideALongerPasswordIsNoClue() {
        assertThatCode(() -> PasswordPolicy.check("Abend7Licht", "li")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("Zhuanxin2026x", null)).doesNotThrowAnyException();
    }

    @Test
    void theOtherRulesComeBeforeTheUsernameRule() {
        assertThat(catchThrowableOfType(AccountException.class, () -> PasswordPolicy.check("zhang1", "zhang"))
                        .key())
                .isEqualTo("password.tooShort");
    }
}
