package academy.xinfang.content.application;

import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.Tag;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** An immutable, cacheable view of one module version: what every reader of that version sees. */
public record ModuleContent(long versionId, long moduleId, String key, int versionNo, String title, String summary,
        List<String> objectives, int minutes, Set<Tag> tags, List<String> prerequisites, List<String> sources,
        List<SectionContent> sections, String plainText) implements Serializable {

    public record SectionContent(String key, String title, String html) implements Serializable {}

    static ModuleContent of(ModuleVersion v) {
        return new ModuleContent(v.getId(), v.getModule().getId(), v.getModule().getKey(), v.getVersionNo(),
                v.getTitle(), v.getSummary(), List.copyOf(v.getObjectives()), v.getMinutes(), Set.copyOf(v.getTags()),
                List.copyOf(v.getPrerequisites()), List.copyOf(v.getSources()),
                v.getSections().stream().map(s -> new SectionContent(s.getKey(), s.getTitle(), s.getHtml())).toList(),
                v.getPlainText());
    }

    public List<String> sectionKeys() {
        return sections.stream().map(SectionContent::key).toList();
    }

    public boolean hasSection(String sectionKey) {
        return sections.stream().anyMatch(s -> s.key().equals(sectionKey));
    }
}
