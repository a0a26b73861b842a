package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleProgressTest {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void eachTimeReportCountsAtMostOneMinuteAndNegativeReportsNothing() {
        ModuleProgress p = new ModuleProgress(1, 2, T0);
        p.addTime(500, T0);
        p.addTime(30, T0);
        p.addTime(-20, T0);
        assertThat(p.getSecondsSpent()).isEqualTo(ModuleProgress.MAX_SECONDS_PER_BEAT + 30);
    }

    @Test
    void completesWhenEverySectionOnlineIsReadAndStaysCompleteAfterANewSectionAppears() {
        ModuleProgress p = new ModuleProgress(1, 2, T0);
        p.checkCompletion(List.of("a", "b"), Set.of("a"), T0);
        assertThat(p.isCompleted()).isFalse();
        p.checkCompletion(List.of("a", "b"), Set.of("a", "b", "old"), T0.plusSeconds(5));
        assertThat(p.getCompletedAt()).isEqualTo(T0.plusSeconds(5));
        p.checkCompletion(List.of("a", "b", "c"), Set.of("a", "b"), T0.plusSeconds(9));
        assertThat(p.getCompletedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void percentCountsOnlySectionsThatAreStillOnline() {
        assertThat(ModuleProgress.percent(List.of("a", "b", "c"), Set.of("a", "gone"))).isEqualTo(33);
        assertThat(ModuleProgress.percent(List.of(), Set.of("a"))).isZero();
    }

    @Test
    void remembersTheLastSectionReached() {
        ModuleProgress p = new ModuleProgress(1, 2, T0);
        p.reachedSection("key-points", T0);
        assertThat(p.getLastSectionKey()).isEqualTo("key-points");
    }
}
