package academy.xinfang.content.domain;

import academy.xinfang.platform.importing.ImportedVersion;
import academy.xinfang.platform.vocabulary.Tag;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One imported state of a module file: its metadata, Markdown, and the HTML rendered (and sanitised) once at import,
 * split by section. Versions are never changed after import.
 */
@Entity
@Table(name = "module_version")
public class ModuleVersion extends ImportedVersion {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id")
    private LearningModule module;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Lob
    @Column(nullable = false)
    private String objectives;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 2000)
    private String prerequisites;

    @Column(nullable = false, length = 2000)
    private String tags;

    @Column(nullable = false, length = 2000)
    private String sources;

    @Lob
    @Column(nullable = false)
    private String markdown;

    @Lob
    @Column(name = "plain_text", nullable = false)
    private String plainText;

    /** The whole file this version came from (front matter and body), for diffs and downloads. */
    @Lob
    @Column(name = "source_text")
    private String sourceText;

    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<VersionSection> sections = new ArrayList<>();

    protected ModuleVersion() {}

    /**
     * @param sectionHtml rendered HTML per section id, in document order
     */
    public ModuleVersion(
            LearningModule module,
            int versionNo,
            ParsedModule parsed,
            String sourceText,
            String plainText,
            Map<String, String> sectionHtml,
            Instant now) {
        super(versionNo, parsed.contentHash(), parsed.file(), now);
        this.sourceText = sourceText;
        this.module = module;
        this.title = parsed.title();
        this.summary = parsed.summary();
        this.objectives = String.join("\n", parsed.objectives());
        this.minutes = parsed.minutes();
        this.sortOrder = parsed.order();
        this.prerequisites = String.join(",", parsed.prerequisites());
        this.tags =
                String.join(",", parsed.tags().stream().sorted().map(Enum::name).toList());
        this.sources = String.join(",", parsed.sources());
        this.markdown = parsed.body();
        this.plainText = plainText;
        Map<String, String> titles = new LinkedHashMap<>();
        parsed.sections().stream().filter(s -> s.level() == 2).forEach(s -> titles.put(s.id(), s.title()));
        int position = 0;
        for (Map.Entry<String, String> e : sectionHtml.entrySet()) {
            String sectionTitle = titles.getOrDefault(e.getKey(), "");
            sections.add(new VersionSection(this, e.getKey(), sectionTitle, position++, e.getValue()));
        }
    }

    public LearningModule getModule() {
        return module;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public List<String> getObjectives() {
        return objectives.isEmpty() ? List.of() : List.of(objectives.split("\n"));
    }

    public int getMinutes() {
        return minutes;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<String> getPrerequisites() {
        return split(prerequisites);
    }

    public Set<Tag> getTags() {
        Set<Tag> set = EnumSet.noneOf(Tag.class);
        split(tags).forEach(t -> Tag.parse(t).ifPresent(set::add));
        return set;
    }

    public List<String> getSources() {
        return split(sources);
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getPlainText() {
        return plainText;
    }

    public String getSourceText() {
        return sourceText;
    }

    /** Sections in document order (a fetch join does not apply {@code @OrderBy}, so the order is kept here). */
    public List<VersionSection> getSections() {
        return sections.stream()
                .sorted(Comparator.comparingInt(VersionSection::getPosition))
                .toList();
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
