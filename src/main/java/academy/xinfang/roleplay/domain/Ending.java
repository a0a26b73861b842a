package academy.xinfang.roleplay.domain;

import java.util.Objects;

/** Where a talk stops, with its outcome and the debrief text shown to the officer. */
public record Ending(String id, Outcome outcome, String debrief, int line) {

    public Ending {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        debrief = debrief == null ? "" : debrief;
    }
}
