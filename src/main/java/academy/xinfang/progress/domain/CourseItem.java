package academy.xinfang.progress.domain;

import java.util.List;
import java.util.Objects;

/**
 * One step of a course. {@code threshold} is the minimum role-play score (0–100) that completes a scenario item; it
 * is 0 for modules and quizzes, whose completion is yes or no. {@code line} is where the item starts in its file,
 * so problems found later (an unknown module) can still point at it.
 */
public record CourseItem(
        ItemType type, String ref, boolean mandatory, List<ItemKey> prerequisites, int threshold, int line) {

    public static final int MIN_THRESHOLD = 0;
    public static final int MAX_THRESHOLD = 100;

    public CourseItem {
        Objects.requireNonNull(type, "type");
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("ref must not be blank");
        }
        prerequisites = List.copyOf(prerequisites);
        if (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD) {
            throw new IllegalArgumentException("threshold must be 0–100: " + threshold);
        }
        if (type != ItemType.SCENARIO && threshold != 0) {
            throw new IllegalArgumentException("only scenarios have a threshold");
        }
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    public ItemKey key() {
        return new ItemKey(type, ref);
    }
}
