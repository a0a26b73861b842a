package academy.xinfang.progress.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Completion of one course at one level of the department tree: a row per department below {@code departmentId}
 * (each counting the officers of its whole subtree), the officers placed directly in it, and its own total. At the
 * top ({@code departmentId} null) the rows are the counties, and officers without a department are listed.
 * {@code below} holds every officer reached at this level and under it, for the search, the reminder and the export.
 */
public record CompletionReport(
        String courseKey,
        String courseTitleZh,
        String courseTitleEn,
        Long departmentId,
        String departmentName,
        List<Crumb> path,
        Counts total,
        List<DepartmentRow> departments,
        List<OfficerRow> officers,
        List<OfficerRow> below)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The overdue officers of this level and every department below it, to remind: the earliest deadline first. */
    public List<OfficerRow> overdue() {
        return below.stream()
                .filter(o -> o.state().equals("OVERDUE"))
                .sorted(Comparator.comparing(OfficerRow::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OfficerRow::displayName))
                .toList();
    }

    /** Officers of this level and below whose name or username contains the text (ignoring case and spaces). */
    public List<OfficerRow> matching(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return below.stream()
                .filter(o -> o.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || o.username().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    /** Officers reached, by state. Every officer is in exactly one state; overdue ones are not also "in progress". */
    public record Counts(long total, long completed, long inProgress, long notStarted, long overdue)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Completed officers as a whole percentage of those reached, rounded down (0 when nobody is reached). */
        public int rate() {
            return total == 0 ? 0 : (int) (completed * 100 / total);
        }
    }

    /** A department with the counts of its whole subtree and the latest activity of any officer in it (or null). */
    public record DepartmentRow(
            long id, String name, String kind, Counts counts, boolean hasChildren, Instant lastActivity)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** An officer reached, where they work (null: no department) and when they last read, tried or played an item. */
    public record OfficerRow(
            String username,
            String displayName,
            String departmentName,
            String state,
            int percent,
            LocalDate deadline,
            Instant lastActivity)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A department on the way from the top to this level, for the breadcrumb. */
    public record Crumb(long id, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
