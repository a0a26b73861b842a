package academy.xinfang.authoring.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.util.Objects;

/**
 * A tag suggested for a draft, with the passage (a short excerpt of at most {@link #MAX_PASSAGE} characters) that
 * mentions it, so the trainer can judge whether the tag fits before keeping it. The editor keeps them in its view state.
 */
public record TagSuggestion(Tag tag, String passage) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final int MAX_PASSAGE = 80;

    public TagSuggestion {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(passage, "passage");
        if (passage.codePointCount(0, passage.length()) > MAX_PASSAGE) {
            throw new IllegalArgumentException("passage longer than " + MAX_PASSAGE + " characters");
        }
    }
}
