package academy.xinfang.progress.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Completion of one course at one level of the department tree: a row per department below {@code departmentId}
 * (each counting the officers of its whole subtree), the officers placed directly in it, and its own total. At the
 * top ({@code departmentId} null) the rows are the counties, and officers without a department are listed.
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
        List<OfficerRow> officers)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Officers reached, by state. Every officer is in exactly one state; overdue ones are not also "in progress". */
    public record Counts(long total, long completed, long inProgress, long notStarted, long overdue)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public record DepartmentRow(long id, String name, String kind, Counts counts, boolean hasChildren)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public record OfficerRow(String username, String displayName, String state, int percent, LocalDate deadline)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A department on the way from the top to this level, for the breadcrumb. */
    public record Crumb(long id, String name) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
