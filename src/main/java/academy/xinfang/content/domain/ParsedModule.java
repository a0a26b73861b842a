package academy.xinfang.content.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A module file successfully parsed. {@code contentHash} is the SHA-256 (lowercase hex) of the whole file text, so
 * an unchanged file can be skipped on reload; {@code body} is the Markdown after the front matter and
 * {@code bodyLine} the file line where it starts, so positions in the body map back to the file; {@code idLine} and
 * {@code prerequisitesLine} say where those fields stand, for problems found across modules (0 when unknown). Tags
 * iterate in glossary order.
 */
public record ParsedModule(
        String file,
        String id,
        String title,
        String summary,
        List<String> objectives,
        int minutes,
        int order,
        List<String> prerequisites,
        Set<Tag> tags,
        List<String> sources,
        String body,
        int bodyLine,
        List<Section> sections,
        String contentHash,
        int idLine,
        int prerequisitesLine) {

    public ParsedModule {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentHash, "contentHash");
        objectives = List.copyOf(objectives);
        prerequisites = List.copyOf(prerequisites);
        tags = tags.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Tag.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(tags));
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    public boolean hasSection(String sectionId) {
        return section(sectionId).isPresent();
    }

    /** The {@code ##} sections only: the chapters a learner ticks off. */
    public List<Section> topLevelSections() {
        return sections.stream().filter(Section::isTopLevel).toList();
    }

    public Set<Tag> tagsOf(TagKind kind) {
        EnumSet<Tag> ofKind = EnumSet.noneOf(Tag.class);
        tags.stream().filter(t -> t.kind() == kind).forEach(ofKind::add);
        return Collections.unmodifiableSet(ofKind);
    }
}
