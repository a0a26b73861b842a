package academy.xinfang.progress.domain;

import java.util.Locale;
import java.util.Optional;

/** What a course item points to; the lower-case name is what course files write. */
public enum ItemType {
    MODULE,
    QUIZ,
    SCENARIO;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Only the exact lower-case spelling: course files are compared and diffed as text. */
    public static Optional<ItemType> parse(String text) {
        for (ItemType type : values()) {
            if (type.fileName().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
