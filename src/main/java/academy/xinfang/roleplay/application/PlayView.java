package academy.xinfang.roleplay.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.Stage;
import java.io.Serializable;
import java.util.List;

/**
 * Everything the player page shows of a session: the talk so far (the visitor's lines and the officer's replies),
 * the visitor's mood and how the last reply moved it, and, while the talk goes on, the current node's words and the
 * replies on offer (in this session's order, each with the id the page sends back), whether the officer may type their own reply there, and the time limit of the reply (0: none)
 * with the seconds already gone since the last reply, for the countdown.
 */
public record PlayView(
        long sessionId,
        String scenarioKey,
        String title,
        Tag visitorType,
        String personaName,
        String background,
        List<Line> transcript,
        int agitation,
        int trust,
        int agitationChange,
        int trustChange,
        boolean finished,
        int turnsTaken,
        Stage stage,
        String visitorLine,
        List<Option> choices,
        boolean freeText,
        int timeLimit,
        long secondsElapsed)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A reply on offer: {@code id} is its authored index at the node, not the position it is shown at. */
    public record Option(int id, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One line of the talk; {@code turn} is 0 for the visitor's words still awaiting a reply. */
    public record Line(boolean visitor, String text, int turn) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
