package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.Objects;

/** The simulated visitor: type (a VISITOR_TYPE tag), name, background, what they want and what they hide at first. */
public record Persona(Tag visitorType, String name, String background, String wants, String hidden) {

    public Persona {
        Objects.requireNonNull(visitorType, "visitorType");
        if (visitorType.kind() != TagKind.VISITOR_TYPE) {
            throw new IllegalArgumentException("not a visitor type: " + visitorType);
        }
        Objects.requireNonNull(name, "name");
        background = background == null ? "" : background;
        wants = wants == null ? "" : wants;
        hidden = hidden == null ? "" : hidden;
    }
}
