package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static AccountException refusal(String password) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> PasswordPolicy.check(password));
        assertThat(thrown).isInstanceOf(AccountException.class);
        return (AccountException) thrown;
    }

    @Test
    void eightCharactersWithLetterAndDigitAreAccepted() {
        assertThatCode(() -> PasswordPolicy.check("abcdefg1")).doesNotThrowAnyException();
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
}
