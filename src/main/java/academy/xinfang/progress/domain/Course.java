package academy.xinfang.progress.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning path read from one file of {@code content/courses/}. Items keep the file's order, which is the order
 * officers are led through. Whether the path is well formed (prerequisites earlier, at least one mandatory item,
 * no duplicates) is the {@link CourseValidator}'s job, so that a broken file can be reported rather than refused
 * by a constructor at the first problem.
 */
public record Course(
        String file, String key, String titleZh, String titleEn, String description, List<CourseItem> items) {

    public Course {
        Objects.requireNonNull(file, "file");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        description = description == null ? "" : description;
        items = List.copyOf(items);
    }

    public Optional<CourseItem> item(ItemKey key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    public List<CourseItem> mandatoryItems() {
        return items.stream().filter(CourseItem::mandatory).toList();
    }
}
