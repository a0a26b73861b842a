package academy.xinfang.roleplay.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.Outcome;
import academy.xinfang.roleplay.domain.ReplyScore;
import academy.xinfang.roleplay.domain.TabooHit;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of a finished session: the ending and its debrief, points and grade with the caps that applied, the
 * qualities the scenario exercises in glossary order, and every taboo hit with its turn, the words used, a better reply and where the
 * course teaches it ({@code module#section}), and the turn log.
 */
public record ScoreCard(
        long sessionId,
        String scenarioKey,
        String title,
        String endingKey,
        Outcome outcome,
        String debrief,
        int points,
        String grade,
        List<String> caps,
        List<QualityScore> qualities,
        List<TabooHit> tabooHits,
        int turns,
        long seconds,
        List<TurnLine> log)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * One turn of the talk for the debrief: what the visitor said, the reply, the mood after and the time taken; for a
     * typed reply, the words the scorer found, the quality deltas and taboos that count and, when a trainer overrode
     * them, the trainer's note and when.
     */
    public record TurnLine(
            int turn,
            String visitor,
            String reply,
            int agitation,
            int trust,
            long seconds,
            List<Tag> taboos,
            boolean typed,
            List<ReplyScore.Hit> hits,
            Map<Tag, Integer> qualityDeltas,
            boolean overridden,
            String overrideNote,
            Instant overrideAt,
            boolean late)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public record QualityScore(Tag quality, int score) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
