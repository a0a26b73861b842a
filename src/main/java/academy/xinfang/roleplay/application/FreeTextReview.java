package academy.xinfang.roleplay.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.ReplyScore;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A typed reply as a trainer reviews it: who typed it where, the words, the scorer's hits and effects, and the
 * effects that count now (the override's, when a trainer gave one, with the note, who and when).
 */
public record FreeTextReview(
        long turnId,
        long sessionId,
        String officer,
        String officerName,
        String scenarioTitle,
        int turn,
        String visitor,
        String words,
        List<ReplyScore.Hit> hits,
        Map<Tag, Integer> scoredQualities,
        List<Tag> scoredTaboos,
        Map<Tag, Integer> qualities,
        List<Tag> taboos,
        boolean overridden,
        String overrideNote,
        String overriddenBy,
        Instant overrideAt,
        boolean sessionFinished)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
