package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    @Test
    void validPolicyKeepsItsValues() {
        LoginPolicy policy = new LoginPolicy(5, Duration.ofMinutes(15));
        assertThat(policy.maxFailures()).isEqualTo(5);
        assertThat(policy.lockout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void oneFailureIsTheSmallestAllowedLimit() {
        assertThat(new LoginPolicy(1, Duration.ofSeconds(1)).maxFailures()).isEqualTo(1);
    }

    @Test
    void zeroMaxFailuresIsRejected() {
        assertThatThrownBy(() -> new LoginPolicy(0, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxFailures");
    }

    @Test
    void negativeMaxFailuresIsRejected() {
        assertThatThrownBy(() -> new LoginPolicy(-3, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zeroLockoutIsRejected() {
        assertThatThrownBy(() -> new LoginPolicy(5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lockout");
    }

    @Test
    void negativeLockoutIsRejected() {
        assertThatThrownBy(() -> new LoginPolicy(5, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lockout");
    }
}
