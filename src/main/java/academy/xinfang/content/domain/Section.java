package academy.xinfang.content.domain;

import java.util.Objects;

/**
 * A {@code ##} (level 2) or {@code ###} (level 3) heading of a module body, in document order. {@code id} is the
 * explicit anchor, which deep links and reading progress refer to; {@code line} is the 1-based line in the file.
 */
public record Section(String id, String title, int level, int line) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (level != 2 && level != 3) {
            throw new IllegalArgumentException("section level must be 2 or 3: " + level);
        }
        if (line < 1) {
            throw new IllegalArgumentException("section line must be positive: " + line);
        }
    }

    public boolean isTopLevel() {
        return level == 2;
    }
}
