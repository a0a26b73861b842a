package academy.xinfang.progress.domain;

import java.time.Instant;
import java.util.Objects;

/** A course assigned to a target from {@code start}; {@code deadline} is null when there is none. */
public record Assignment(String courseKey, AssignmentTarget target, Instant start, Instant deadline) {

    public Assignment {
        if (courseKey == null || courseKey.isBlank()) {
            throw new IllegalArgumentException("course key must not be blank");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(start, "start");
        if (deadline != null && !deadline.isAfter(start)) {
            throw new IllegalArgumentException("deadline must be after start");
        }
    }
}
