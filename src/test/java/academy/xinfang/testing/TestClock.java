package academy.xinfang.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The one fixed time of the unit tests: rules that take a {@link Clock} are tested at {@link #NOW} (a Wednesday
 * morning, 16:00 in Beijing) or at a stated distance from it, never at the machine's time.
 */
public final class TestClock {
    /** 2026-11-25T08:00:00Z. */
    public static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    public static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    private TestClock() {}

    /** A clock stopped at {@code instant}. */
    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** A clock stopped {@code later} after {@link #NOW} (negative: before it). */
    public static Clock after(Duration later) {
        return at(NOW.plus(later));
    }
}
