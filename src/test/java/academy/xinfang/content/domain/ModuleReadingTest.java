package academy.xinfang.content.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleReadingTest {
    private static final Instant T0 = TestClock.NOW;
    private static final ReadingSpeed SPEED = new ReadingSpeed(500, 5, 60);

    /** Ten sections of 1,500 characters: 15,000 characters, 30 minutes at 500 a minute. */
    private static Map<String, Integer> thirtyMinuteModule() {
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            sections.put("s" + i, 1500);
        }
        return sections;
    }

    /** The page and the module as the server keeps them, driven by reports arriving at given server times. */
    private static final class Page {
        final ModuleProgress progress = new ModuleProgress(1, 2, T0);
        final ModuleReading reading;
        boolean started;

        Page(Map<String, Integer> sections) {
            reading = new ModuleReading(sections, SPEED, Map.of(), Set.of());
        }

        void report(Instant at, boolean visible, String... inView) {
            ReadingReport previous = progress.report(new ReadingReport(at, visible, List.of(inView)), !started, SPEED);
            started = true;
            reading.credit(previous, at);
            reading.newlyRead();
        }
    }

    @Test
    void aThirtyMinuteModuleIsNotReadAfterTenSecondsOfScrolling() {
        Page page = new Page(thirtyMinuteModule());
        for (int second = 0; second <= 10; second++) {
            String section = "s" + Math.min(10, second + 1);
            page.report(T0.plusSeconds(second), true, section);
        }
        assertThat(page.reading.read()).isEmpty();
        assertThat(page.reading.complete()).isFalse();
        assertThat(page.reading.millisLeft())
                .isEqualTo(Duration.ofMinutes(30).minusSeconds(10).toMillis());
        assertThat(ModuleReading.minutesUp(page.reading.millisLeft())).isEqualTo(30);
        assertThat(page.progress.getSecondsSpent()).isEqualTo(10);
    }

    @Test
    void theModuleIsReadAfterEachSectionWasOnAVisibleScreenLongEnough() {
        Page page = new Page(thirtyMinuteModule());
        Instant at = T0;
        for (int i = 1; i <= 10; i++) {
            // three minutes per section, a report every 30 s as the page sends them
            for (int beat = 0; beat < 6; beat++) {
                page.report(at, true, "s" + i);
                at = at.plusSeconds(30);
            }
            // a section's last half minute counts when the next report arrives
            assertThat(page.reading.isRead("s" + Math.max(1, i - 1))).isEqualTo(i > 1);
        }
        page.report(at, false, "s10");
        assertThat(page.reading.complete()).isTrue();
        assertThat(page.reading.millisLeft()).isZero();
        assertThat(page.progress.getSecondsSpent()).isEqualTo(30 * 60);
    }

    @Test
    void timeWhileThePageIsHiddenDoesNotCount() {
        Page page = new Page(Map.of("a", 500));
        page.report(T0, true, "a");
        page.report(T0.plusSeconds(20), false, "a");
        page.report(T0.plusSeconds(20 + 3600), true, "a");
        page.report(T0.plusSeconds(20 + 3600 + 30), false, "a");
        assertThat(page.reading.dwellOf("a")).isEqualTo(50_000);
        assertThat(page.reading.isRead("a")).isFalse();
        page.report(T0.plusSeconds(7200), true, "a");
        page.report(T0.plusSeconds(7200 + 10), true, "a");
        assertThat(page.reading.isRead("a"))
                .as("a minute of visible time reads 500 characters")
                .isTrue();
        assertThat(page.progress.getSecondsSpent()).isEqualTo(60);
    }

    @Test
    void aGapWithoutReportsCountsAtMostTheLongestIntervalSoAnIdleTabDoesNotReadTheModule() {
        Page page = new Page(thirtyMinuteModule());
        page.report(T0, true, "s1", "s2");
        page.report(T0.plus(Duration.ofHours(8)), true, "s1", "s2");
        assertThat(page.reading.dwellOf("s1") + page.reading.dwellOf("s2")).isEqualTo(60_000);
        assertThat(page.reading.read()).isEmpty();
    }

    @Test
    void onlyTheServersClockCountsSoABurstOfReportsEarnsNothingWhateverItNames() {
        Page page = new Page(thirtyMinuteModule());
        for (int i = 0; i < 500; i++) {
            page.report(T0, true, "s1", "s2", "s3", "nope", "s1");
        }
        // a report stamped earlier than the last one (a clock step back) earns nothing either
        page.report(T0.minusSeconds(600), true, "s1");
        assertThat(page.reading.millisLeft()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(page.progress.getSecondsSpent()).isZero();
    }

    @Test
    void theFirstReportOfAPageViewDoesNotCountTheTimeBeforeThePageWasOpened() {
        Page page = new Page(Map.of("a", 5000));
        page.report(T0, true, "a");
        page.report(T0.plusSeconds(30), true, "a");
        page.started = false; // the page was closed without a word, and opened again later
        page.report(T0.plusSeconds(50), true, "a");
        assertThat(page.reading.dwellOf("a")).isEqualTo(30_000);
    }

    @Test
    void sectionsOnScreenTogetherShareTheTimeAndASectionAlreadyReadLeavesItsShareToTheOthers() {
        ModuleReading reading = new ModuleReading(Map.of("short", 50, "long", 5000), SPEED, Map.of(), Set.of());
        Map<String, Long> first =
                reading.credit(new ReadingReport(T0, true, List.of("short", "long")), T0.plusSeconds(20));
        assertThat(first).containsEntry("short", 6_000L).containsEntry("long", 14_000L);
        assertThat(reading.newlyRead()).containsExactly("short");
        reading.credit(new ReadingReport(T0.plusSeconds(20), true, List.of("short", "long")), T0.plusSeconds(40));
        assertThat(reading.dwellOf("long")).isEqualTo(34_000);
        assertThat(reading.dwellOf("short")).as("no more than it needs").isEqualTo(6_000);
    }

    @Test
    void aSectionNeedsItsLengthAtTheSpeedAndAtLeastTheMinimum() {
        assertThat(SPEED.requiredMillis(1500)).isEqualTo(180_000);
        assertThat(SPEED.requiredMillis(1)).isEqualTo(5_000);
        assertThat(SPEED.requiredMillis(0)).isEqualTo(5_000);
        assertThat(new ReadingSpeed(500, 0, 60).requiredMillis(1)).isEqualTo(120);
    }

    @Test
    void readableCharactersLeaveOutMarkupAndSpace() {
        assertThat(ReadingSpeed.readableChars("<h2 id=\"a\">信访</h2>\n<p>群众 &amp; 干部</p>"))
                .isEqualTo(7);
        assertThat(ReadingSpeed.readableChars(null)).isZero();
    }

    @Test
    void sectionsReadBeforeTheRuleStayReadAndAModuleOfThemIsComplete() {
        ModuleReading reading =
                new ModuleReading(Map.of("a", 900, "b", 900), SPEED, Map.of("b", 100_000L), Set.of("a"));
        assertThat(reading.isRead("a")).isTrue();
        assertThat(reading.millisLeft("a")).isZero();
        assertThat(reading.millisLeft("b")).isEqualTo(8_000);
        assertThat(reading.complete()).isFalse();
        List<String> fresh = new ArrayList<>(reading.newlyRead());
        assertThat(fresh).isEmpty();
        reading.credit(new ReadingReport(T0, true, List.of("a", "b")), T0.plusSeconds(9));
        assertThat(reading.newlyRead()).containsExactly("b");
        assertThat(reading.complete()).isTrue();
    }
}
