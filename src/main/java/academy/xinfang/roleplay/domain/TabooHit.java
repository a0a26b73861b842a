package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.util.Objects;

/** A taboo committed, cited with the turn, the node, the words used, the better reply and where it is taught. */
public record TabooHit(int turn, String nodeId, Tag taboo, String words, String better, String section)
        implements Serializable {
    /** Part of the scorecard the result page keeps in the HTTP session. */
    private static final long serialVersionUID = 1L;

    public TabooHit {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(taboo, "taboo");
        words = words == null ? "" : words;
        better = better == null ? "" : better;
        section = section == null ? "" : section;
    }

    public boolean isSerious() {
        return RolePlayScore.SERIOUS_TABOOS.contains(taboo);
    }
}
