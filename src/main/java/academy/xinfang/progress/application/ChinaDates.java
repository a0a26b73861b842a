package academy.xinfang.progress.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Start dates and deadlines are chosen and shown as calendar days in China Standard Time, where every user works; the
 * database keeps instants. A course starts at the beginning of its start day and is due by the end of its deadline
 * day, so work done on the deadline day is on time.
 */
public final class ChinaDates {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaDates() {}

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the deadline day: later than this is late. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate day(Instant start) {
        return start == null ? null : start.atZone(ZONE).toLocalDate();
    }

    /** The deadline day of a deadline stored by {@link #endOf}. */
    public static LocalDate deadlineDay(Instant deadline) {
        return deadline == null ? null : deadline.minusSeconds(1).atZone(ZONE).toLocalDate();
    }
}
