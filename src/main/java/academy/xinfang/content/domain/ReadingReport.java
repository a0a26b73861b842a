package academy.xinfang.content.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the reader page said at one moment, stamped with the server's clock when the report arrived: whether the page
 * was visible, and which sections were on screen. The time between two reports counts for the sections of the first,
 * if the first said visible; a duration the page claims is never taken.
 */
public record ReadingReport(Instant at, boolean visible, List<String> inView) {
    public ReadingReport {
        inView = List.copyOf(inView);
    }

    /** The real time this report's state lasted until {@code now}, if visible, capped at the speed's longest gap. */
    public long visibleMillisUntil(Instant now, ReadingSpeed speed) {
        if (!visible || now.isBefore(at)) {
            return 0;
        }
        return Math.min(now.toEpochMilli() - at.toEpochMilli(), speed.maxIntervalMillis());
    }
}
