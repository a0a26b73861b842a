package academy.xinfang.progress.application;

import academy.xinfang.progress.domain.CourseAssignment;
import java.io.Serializable;
import java.time.LocalDate;

/** One assignment as the admin page lists it, with the target's name. */
public record AssignmentRow(
        long id,
        String courseKey,
        String courseTitle,
        CourseAssignment.Kind kind,
        String target,
        LocalDate start,
        LocalDate deadline,
        String createdBy)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
