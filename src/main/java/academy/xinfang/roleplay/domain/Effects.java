package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a choice does: deltas to qualities, taboos committed, and deltas to the visitor's agitation and trust. Tag
 * kinds are not checked here so that the validator can report a misplaced tag instead of the model refusing it.
 */
public record Effects(Map<Tag, Integer> qualities, List<Tag> taboos, int agitation, int trust) implements Serializable {
    /** Part of a {@link ReplyScore}, which the player page keeps in the HTTP session. */
    private static final long serialVersionUID = 1L;

    public static final Effects NONE = new Effects(Map.of(), List.of(), 0, 0);

    public Effects {
        qualities = qualities == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(qualities));
        taboos = taboos == null ? List.of() : List.copyOf(taboos);
    }
}
