package academy.xinfang.roleplay.domain;

import java.util.Objects;

/**
 * One reply the officer may give. {@code better} is the reply shown in the debrief when this one breaks a taboo;
 * {@code section} ({@code module#section}) points to where the course teaches it. {@code line} is 0 when built in code.
 */
public record Choice(String text, Effects effects, String next, String better, String section, int line) {

    public Choice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(next, "next");
        effects = effects == null ? Effects.NONE : effects;
        better = better == null ? "" : better;
        section = section == null ? "" : section;
    }

    public boolean breaksTaboo() {
        return !effects.taboos().isEmpty();
    }
}
