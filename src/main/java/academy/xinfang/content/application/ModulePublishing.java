package academy.xinfang.content.application;

import academy.xinfang.content.domain.LearningModule;
import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleParser;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.content.domain.ParsedModule;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.platform.importing.ImportProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What authoring may do with modules, so that it never reads the module tables itself: check a module text as the
 * importer would, read the texts of the versions stored, and publish a text as the next version of its module. It
 * runs inside the caller's transaction and checks no role: authoring's service is the boundary for both.
 */
@ApplicationScoped
public class ModulePublishing {
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Inject
    ModuleRepository modules;

    @Inject
    Clock clock;

    /** A stored version's full Markdown file, as it would stand in content/. */
    public record Source(int versionNo, String title, String sourceFile, String text) {
        static Source of(ModuleVersion v) {
            String text = v.getSourceText() == null ? v.getMarkdown() : v.getSourceText();
            return new Source(v.getVersionNo(), v.getTitle(), v.getSourceFile(), text);
        }
    }

    /** The text parsed as the importer parses a file of content/. */
    public ParseResult parse(String fileName, String text) {
        return ModuleParser.parse(fileName, text);
    }

    /** The first limit a text is beyond, if any, as a problem of {@code fileName}. */
    public Optional<ImportProblem> beyondLimits(String fileName, String markdown) {
        return MarkdownLimits.check(markdown).map(v -> v.at(fileName, 0));
    }

    /**
     * Rendering and checks for a preview; nothing is stored. A text beyond the Markdown limits is not rendered at
     * all (it would overflow the stack or take minutes): the preview shows only its problems. The text is scanned by
     * the parser and its body parsed once, by the renderer.
     */
    public Preview preview(String fileName, String markdown) {
        String text = markdown == null ? "" : markdown;
        ParseResult result = ModuleParser.parse(fileName, text);
        List<ImportProblem> problems = new ArrayList<>(result.problems());
        Optional<ImportProblem> scanned = result.beyondLimits();
        if (scanned.isPresent()) {
            return new Preview("", problems, scanned.get());
        }
        String body = result.module().map(ParsedModule::body).orElse(bodyOf(text));
        try {
            return new Preview(RENDERER.render(body), problems, null);
        } catch (MarkdownLimitException e) {
            // the body's lines follow the front matter
            ImportProblem beyond = e.violation().at(fileName, lineBreaks(text) - lineBreaks(body));
            problems.add(0, beyond);
            return new Preview("", problems, beyond);
        }
    }

    /** The version online of a module. */
    public Optional<Source> online(String moduleKey) {
        return modules.currentVersionId(moduleKey)
                .flatMap(modules::versionWithSections)
                .map(Source::of);
    }

    /** The newest version of a module, online or not: the one a new version must follow. */
    public Optional<Source> latest(String moduleKey) {
        return modules.findByKey(moduleKey).flatMap(modules::latestVersion).map(Source::of);
    }

    public Optional<Source> version(String moduleKey, int versionNo) {
        return modules.version(moduleKey, versionNo).map(Source::of);
    }

    public List<VersionRow> versions(String moduleKey) {
        Long online = modules.currentVersionId(moduleKey).orElse(null);
        return modules.versionsOf(moduleKey).stream()
                .map(v -> new VersionRow(
                        v.getVersionNo(),
                        v.getTitle(),
                        v.getSourceFile(),
                        v.getCreatedAt(),
                        v.getId().equals(online)))
                .toList();
    }

    /**
     * Puts a parsed module online as the next version of its module (created if new), with {@code sourceText} as its
     * file; returns the version number. Whether the author may overwrite the newest version is the caller's rule.
     *
     * @throws MarkdownLimitException when the body cannot be rendered; nothing is stored then
     */
    public int publish(ParsedModule parsed, String sourceText, Instant now) {
        ModuleImporter importer = new ModuleImporter(modules, RENDERER, clock);
        ModuleImporter.Rendered rendered = importer.render(parsed);
        LearningModule module = modules.findByKey(parsed.id()).orElse(null);
        if (module == null) {
            module = new LearningModule(parsed.id(), parsed.order());
            modules.add(module);
        }
        return importer.publish(module, parsed, sourceText, rendered, now).getVersionNo();
    }

    private static int lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }

    private static String bodyOf(String markdown) {
        // Preview of a file whose front matter is broken: show what follows the second "---" line, if any.
        String[] parts = markdown.split("(?m)^---\\s*$", 3);
        return parts.length == 3 ? parts[2] : markdown;
    }
}
