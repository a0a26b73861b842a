package academy.xinfang.progress.domain;

import java.util.Objects;

/** One item with the officer's status on it; {@code overdue} marks the mandatory items that make a course late. */
public record ItemProgress(CourseItem item, ItemStatus status, boolean overdue) {

    public ItemProgress {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        if (overdue && (status == ItemStatus.DONE || !item.mandatory())) {
            throw new IllegalArgumentException("only a mandatory item not done can be overdue");
        }
    }
}
