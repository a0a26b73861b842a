package academy.xinfang.roleplay.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.Stage;
import java.io.Serializable;
import java.util.List;

/**
 * What officers chose in the current version of one scenario: per node and reply how often it was given, its share
 * of the node's replies, the mean final score of those who gave it, and the taboo replies that otherwise strong
 * officers (a final score of at least {@link SessionPlayer#STRONG_POINTS}) still gave.
 */
public record ScenarioAnalysis(
        String scenarioKey,
        String title,
        int versionNo,
        long sessions,
        long finished,
        List<NodeStats> nodes,
        List<ChoiceStats> strongTaboos)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public record NodeStats(String nodeId, Stage stage, String visitor, long replies, List<ChoiceStats> choices)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public record ChoiceStats(
            String nodeId,
            int index,
            String text,
            List<Tag> taboos,
            long taken,
            int percent,
            Double averagePoints,
            long strongTaken)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public boolean isTaboo() {
            return !taboos.isEmpty();
        }
    }
}
