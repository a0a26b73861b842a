package academy.xinfang.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.account.application.ShippedSettings;
import academy.xinfang.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules, with the limits a server ships with (README, configuration table). */
class LoginThrottleTest {
    private static final LoginThrottle DEFAULTS = ShippedSettings.throttle();
    private static final Clock CLOCK = TestClock.at(Instant.parse("2026-12-01T08:00:00Z"));
    private static final Instant NOW = CLOCK.instant();

    private static LoginThrottle.History pair(int failures, Duration ago) {
        return new LoginThrottle.History(failures, NOW.minus(ago), null);
    }

    @Test
    void theFirstFiveFailuresOfANameAndAddressCostNoWait() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(DEFAULTS.waitBefore(pair(failures, Duration.ZERO), NOW))
                    .as("after %d", failures)
                    .isZero();
        }
        assertThat(DEFAULTS.waitBefore(LoginThrottle.History.NONE, NOW)).isZero();
    }

    @Test
    void afterFiveFailuresEachAttemptWaitsOneTwoFourSecondsAndSoOn() {
        assertThat(DEFAULTS.pairWait(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.pairWait(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DEFAULTS.pairWait(7)).isEqualTo(Duration.ofSeconds(4));
        assertThat(DEFAULTS.pairWait(10)).isEqualTo(Duration.ofSeconds(32));
        assertThat(DEFAULTS.waitBefore(pair(5, Duration.ZERO), NOW)).isEqualTo(Duration.ofSeconds(1));
        assertThat(DEFAULTS.waitBefore(pair(7, Duration.ofMillis(2500)), NOW)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void theWaitIsCappedAndNeverOverflows() {
        assertThat(DEFAULTS.pairWait(13)).isEqualTo(Duration.ofSeconds(256));
        assertThat(DEFAULTS.pairWait(14)).isEqualTo(Duration.ofMinutes(5));
        assertThat(DEFAULTS.pairWait(1_000_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void onceTheWaitHasPassedTheNextAttemptGoesAhead() {
        assertThat(DEFAULTS.waitBefore(pair(6, Duration.ofSeconds(2)), NOW)).isZero();
        assertThat(DEFAULTS.waitBefore(pair(6, Duration.ofSeconds(3)), NOW)).isZero();
        assertThat(DEFAULTS.waitBefore(pair(6, Duration.ofMillis(1999)), NOW)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void anAddressThatSpentItsBudgetWaitsUntilTheOldestCountedFailureLeavesTheWindow() {
        LoginThrottle.History spent = new LoginThrottle.History(0, null, NOW.minus(Duration.ofMinutes(4)));
        assertThat(DEFAULTS.waitBefore(spent, NOW)).isEqualTo(Duration.ofMinutes(6));
        LoginThrottle.History over = new LoginThrottle.History(0, null, NOW.minus(Duration.ofMinutes(10)));
        assertThat(DEFAULTS.waitBefore(over, NOW)).isZero();
    }

    @Test
    void theLongerOfTheTwoWaitsApplies() {
        LoginThrottle.History both = new LoginThrottle.History(8, NOW, NOW.minus(Duration.ofMinutes(9)));
        assertThat(DEFAULTS.waitBefore(both, NOW)).isEqualTo(Duration.ofMinutes(1));
        LoginThrottle.History pairLonger = new LoginThrottle.History(12, NOW, NOW.minus(Duration.ofMinutes(9)));
        assertThat(DEFAULTS.waitBefore(pairLonger, NOW))
                .isEqualTo(Duration.ofMinutes(2).plusSeconds(8));
    }

    @Test
    void onlyAHundredFailuresLockAnAccount() {
        assertThat(DEFAULTS.locks(99)).isFalse();
        assertThat(DEFAULTS.locks(100)).isTrue();
    }

    @Test
    void windowsCountBackFromNow() {
        assertThat(DEFAULTS.countsSince(NOW)).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(DEFAULTS.addressCountsSince(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
        assertThat(DEFAULTS.forgetBefore(NOW)).isEqualTo(NOW.minus(Duration.ofHours(24)));
    }

    @Test
    void waitsAreToldInWholeSecondsRoundedUp() {
        assertThat(LoginThrottle.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(LoginThrottle.seconds(Duration.ofMillis(1000))).isEqualTo(1);
        assertThat(LoginThrottle.seconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(LoginThrottle.seconds(Duration.ZERO)).isZero();
        assertThat(LoginThrottle.seconds(Duration.ofSeconds(-3))).isZero();
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new LoginThrottle(
                        0,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        1,
                        Duration.ofMinutes(1),
                        1,
                        Duration.ofHours(1),
                        Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(
                        5,
                        Duration.ZERO,
                        Duration.ofSeconds(1),
                        1,
                        Duration.ofMinutes(1),
                        1,
                        Duration.ofHours(1),
                        Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(
                        5,
                        Duration.ofSeconds(10),
                        Duration.ofSeconds(1),
                        1,
                        Duration.ofMinutes(1),
                        1,
                        Duration.ofHours(1),
                        Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
