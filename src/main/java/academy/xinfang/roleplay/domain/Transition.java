package academy.xinfang.roleplay.domain;

import java.util.Objects;

/** When {@code when} holds after a choice's effects are applied, the talk goes to {@code next} instead of the choice's. */
public record Transition(Condition when, String next, int line) {

    public Transition {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(next, "next");
    }
}
