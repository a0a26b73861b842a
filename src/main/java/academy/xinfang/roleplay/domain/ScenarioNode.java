package academy.xinfang.roleplay.domain;

import java.util.List;
import java.util.Objects;

/**
 * A moment of the talk: what the visitor says at a stage, the replies on offer and the mood-driven transitions;
 * {@code timeLimit} (seconds, 0 for none) overrides the scenario's when not null.
 */
public record ScenarioNode(
        String id,
        Stage stage,
        String visitor,
        boolean freeText,
        List<Choice> choices,
        List<Transition> transitions,
        int line,
        Integer timeLimit) {

    /** A node that keeps the scenario's time limit. */
    public ScenarioNode(
            String id,
            Stage stage,
            String visitor,
            boolean freeText,
            List<Choice> choices,
            List<Transition> transitions,
            int line) {
        this(id, stage, visitor, freeText, choices, transitions, line, null);
    }

    public ScenarioNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        visitor = visitor == null ? "" : visitor;
        choices = choices == null ? List.of() : List.copyOf(choices);
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
    }
}
