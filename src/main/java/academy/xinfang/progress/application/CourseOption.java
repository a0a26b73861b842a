package academy.xinfang.progress.application;

import java.io.Serializable;

/** A course online, for choosing one: its key and title in both languages. */
public record CourseOption(String key, String titleZh, String titleEn) implements Serializable {
    private static final long serialVersionUID = 1L;
}
