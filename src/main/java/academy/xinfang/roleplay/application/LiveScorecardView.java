package academy.xinfang.roleplay.application;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A live role-play scorecard as both the officer and trainers see it: who, who scored, the scenario played (title, or
 * empty), when, the seven qualities and six attitudes rated 1–5 with their means, the six taboos with observed or not
 * and the note, and the overall note.
 */
public record LiveScorecardView(
        long id,
        String officer,
        String officerName,
        String trainer,
        String trainerName,
        String scenarioTitle,
        Instant heldAt,
        List<Rating> qualities,
        List<Rating> attitudes,
        List<TabooLine> taboos,
        double qualityMean,
        double attitudeMean,
        int taboosObserved,
        String overallNote)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public record Rating(Tag tag, int score) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public record TabooLine(Tag taboo, boolean observed, String note) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
