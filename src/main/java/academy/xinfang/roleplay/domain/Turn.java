package academy.xinfang.roleplay.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One reply in a session's log: 1-based number, the node, the choice taken and its words (what the officer typed on
 * a free-text node, else the choice text), the declared deltas, the state after clamping, where the talk went (and
 * whether a transition rather than the choice's {@code next} sent it there), seconds taken and when it was given, and
 * whether it came after the node's time limit (the state after then includes the waiting penalty, the deltas do not).
 */
public record Turn(
        int number,
        String nodeId,
        int choiceIndex,
        Choice choice,
        String words,
        Effects deltas,
        VisitorState stateAfter,
        String movedTo,
        boolean byTransition,
        long secondsTaken,
        Instant at,
        boolean late) {

    public Turn {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(stateAfter, "stateAfter");
        Objects.requireNonNull(movedTo, "movedTo");
        words = words == null || words.isBlank() ? choice.text() : words;
        deltas = deltas == null ? choice.effects() : deltas;
    }
}
