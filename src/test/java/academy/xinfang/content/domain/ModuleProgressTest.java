package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModuleProgressTest {
    private static final Instant T0 = TestClock.NOW;

    @Test
    void timeSpentIsTheServersVisibleTimeBetweenReportsCappedPerGap() {
        ReadingSpeed speed = new ReadingSpeed(500, 5, 60);
        ModuleProgress p = new ModuleProgress(1, 2, T0);
        assertThat(p.report(new ReadingReport(T0, true, List.of("a")), true, speed))
                .isNull();
        ReadingReport previous = p.report(new ReadingReport(T0.plusSeconds(500), false, List.of("b")), false, speed);
        assertThat(previous).isEqualTo(new ReadingReport(T0, true, List.of("a")));
        p.report(new ReadingReport(T0.plusSeconds(900), true, List.of()), false, speed);
        p.report(new ReadingReport(T0.plusSeconds(930), true, List.of()), false, speed);
        assertThat(p.getSecondsSpent()).isEqualTo(60 + 30);
    }

    @Test
    void keepsNoMoreSectionKeysOfAReportThanItsColumnHolds() {
        ReadingSpeed speed = new ReadingSpeed(500, 5, 60);
        ModuleProgress p = new ModuleProgress(1, 2, T0);
        List<String> many =
                IntStream.range(0, 50).mapToObj(i -> "k".repeat(60) + i).toList();
        p.report(new ReadingReport(T0, true, many), true, speed);
        ReadingReport kept = p.report(new ReadingReport(T0.plusSeconds(1), true, List.of()), false, speed);
        assertThat(String.join(" ", kept.inView()).length()).isLessThanOrEqualTo(400);
        assertThat(kept.inView()).isNotEmpty().allMatch(many::contains);
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
        assertThat(ModuleProgress.percent(List.of("a", "b", "c"), Set.of("a", "gone")))
                .isEqualTo(33);
        assertThat(ModuleProgress.percent(List.of(), Set.of("a"))).isZero();
    }

    @Test
    void remembersTheLastSectionReached() {
        ModuleProgress p = new ModuleProgress(1, 2, T0);
        p.reachedSection("key-points", T0);
        assertThat(p.getLastSectionKey()).isEqualTo("key-points");
    }
}
