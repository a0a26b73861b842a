package academy.xinfang.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Whole days chosen in a GET form as ISO dates ({@code 2026-03-01}), both included, in China Standard Time: the filter
 * of the audit log and of the insights. An end left empty, or one that is not a date, leaves the range open there.
 */
public final class DayRange {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private String from;
    private String to;

    public static DayRange of(String from, String to) {
        DayRange range = new DayRange();
        range.from = from;
        range.to = to;
        return range;
    }

    /** The first instant of the first day; null when open. */
    public Instant start() {
        return startOfDay(from, 0);
    }

    /** The first instant after the last day; null when open. */
    public Instant end() {
        return startOfDay(to, 1);
    }

    private static Instant startOfDay(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
