package academy.xinfang.content.application;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.util.List;

/**
 * A module in the catalogue, with this officer's progress (and, once started, the minutes of reading it still needs)
 * and, for a search, where the text matched.
 */
public record ModuleCard(
        String key,
        String title,
        String summary,
        int minutes,
        List<Tag> tags,
        int percent,
        boolean completed,
        String continueSection,
        String snippet,
        int minutesLeft)
        implements Serializable {}
