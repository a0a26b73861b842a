package academy.xinfang.content.application;

import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.ReadingSpeed;
import academy.xinfang.platform.vocabulary.Tag;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An immutable, cacheable view of one module version: what every reader of that version sees. */
public record ModuleContent(
        long versionId,
        long moduleId,
        String key,
        int versionNo,
        String title,
        String summary,
        List<String> objectives,
        int minutes,
        Set<Tag> tags,
        List<String> prerequisites,
        List<String> sources,
        List<SectionContent> sections,
        String plainText)
        implements Serializable {

    /** A section with the number of characters a reader reads in it (what its reading time is measured by). */
    public record SectionContent(String key, String title, String html, int chars) implements Serializable {}

    static ModuleContent of(ModuleVersion v) {
        return new ModuleContent(
                v.getId(),
                v.getModule().getId(),
                v.getModule().getKey(),
                v.getVersionNo(),
                v.getTitle(),
                v.getSummary(),
                List.copyOf(v.getObjectives()),
                v.getMinutes(),
                Set.copyOf(v.getTags()),
                List.copyOf(v.getPrerequisites()),
                List.copyOf(v.getSources()),
                v.getSections().stream()
                        .map(s -> new SectionContent(
                                s.getKey(), s.getTitle(), s.getHtml(), ReadingSpeed.readableChars(s.getHtml())))
                        .toList(),
                v.getPlainText());
    }

    public List<String> sectionKeys() {
        return sections.stream().map(SectionContent::key).toList();
    }

    /** Readable characters per section key, in the module's order. */
    public Map<String, Integer> charsBySection() {
        Map<String, Integer> chars = new LinkedHashMap<>();
        sections.forEach(s -> chars.put(s.key(), s.chars()));
        return chars;
    }

    public boolean hasSection(String sectionKey) {
        return sections.stream().anyMatch(s -> s.key().equals(sectionKey));
    }
}
