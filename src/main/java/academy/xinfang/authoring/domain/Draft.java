package academy.xinfang.authoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * One generated draft module. {@code markdown} is a complete module file (front matter and body, see
 * content/README.md) that {@code ModuleParser} reads without problems; title, summary and tags repeat what its front
 * matter says so that callers need not parse it.
 */
public record Draft(String title, String summary, List<TagSuggestion> tags, String markdown) {

    public Draft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(markdown, "markdown");
        tags = List.copyOf(tags);
    }
}
