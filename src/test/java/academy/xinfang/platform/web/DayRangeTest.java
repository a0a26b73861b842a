package academy.xinfang.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DayRangeTest {

    @Test
    void bothDaysAreIncludedInChinaStandardTime() {
        DayRange days = DayRange.of("2026-03-01", " 2026-03-02 ");

        assertThat(days.start()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(days.end()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));
    }

    @Test
    void anEmptyOrMistypedEndLeavesTheRangeOpenThere() {
        DayRange days = DayRange.of("", "2026-02-30");

        assertThat(days.start()).isNull();
        assertThat(days.end()).isNull();
        assertThat(DayRange.of(null, null).start()).isNull();
    }
}
