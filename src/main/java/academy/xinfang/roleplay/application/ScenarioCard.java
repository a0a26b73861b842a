package academy.xinfang.roleplay.application;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;

/** A scenario in the officer's list: who the visitor is, and the officer's own plays of it so far. */
public record ScenarioCard(
        String key,
        String title,
        Tag visitorType,
        String personaName,
        String background,
        String wants,
        long finished,
        Integer bestPoints,
        String bestGrade,
        Long openSessionId)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
