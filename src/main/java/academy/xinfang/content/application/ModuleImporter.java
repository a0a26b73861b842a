package academy.xinfang.content.application;

import academy.xinfang.content.domain.CurriculumValidator;
import academy.xinfang.content.domain.LearningModule;
import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleParser;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.content.domain.ParsedModule;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.Importer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content feature's steps of the {@link Importer import pipeline}: a module file is parsed and rendered (a module
 * that cannot be rendered is refused like a broken one), the set is checked by {@link CurriculumValidator}, and
 * a new text becomes the next version and goes online, so versions trainers published in the editor survive restarts
 * until the file itself changes. Runs inside the caller's transaction.
 */
public class ModuleImporter implements Importer<ModuleImporter.Candidate> {
    private final ModuleRepository modules;
    private final MarkdownRenderer renderer;
    private final Clock clock;

    public ModuleImporter(ModuleRepository modules, MarkdownRenderer renderer, Clock clock) {
        this.modules = modules;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Parsed<Candidate> parse(SourceFolder.SourceFile file) {
        ParseResult result = ModuleParser.parse(file.name(), file.text());
        if (result.module().isEmpty()) {
            return Parsed.refused(result.problems());
        }
        ParsedModule module = result.module().get();
        Optional<LearningModule> existing = modules.findByKey(module.id());
        if (existing.isPresent() && modules.hasVersionWithHash(existing.get(), module.contentHash())) {
            return Parsed.of(new Candidate(module, file.text(), existing.get(), null));
        }
        // Rendered before the set is checked and anything is stored: a file that cannot be rendered is refused
        // like a broken one, and is no module other files can name.
        try {
            return Parsed.of(new Candidate(module, file.text(), existing.orElse(null), render(module)));
        } catch (MarkdownLimitException e) {
            MarkdownLimits.Violation v = e.violation();
            return Parsed.refused(List.of(
                    new ImportProblem(module.file(), module.bodyLine() - 1 + v.line(), v.key(), v.arguments())));
        }
    }

    @Override
    public List<ImportProblem> validate(List<Candidate> parsed) {
        return CurriculumValidator.validate(
                parsed.stream().map(Candidate::module).toList());
    }

    @Override
    public Stored store(Candidate candidate, Instant now) {
        if (candidate.rendered() == null) {
            return Stored.UNCHANGED;
        }
        ParsedModule module = candidate.module();
        LearningModule target = candidate.existing();
        if (target == null) {
            target = new LearningModule(module.id(), module.order());
            modules.add(target);
        }
        publish(target, module, candidate.sourceText(), candidate.rendered(), now);
        return candidate.existing() == null ? Stored.ADDED : Stored.UPDATED;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * A module of the set: the module stored under its id ({@code null} for a new one), and its rendering
     * ({@code null} when this text is stored already).
     */
    public record Candidate(ParsedModule module, String sourceText, LearningModule existing, Rendered rendered) {}

    /** A module body as readers get it: sanitised HTML per section, and the words for search. */
    public record Rendered(Map<String, String> sections, String plainText) {}

    /**
     * Renders a parsed module without storing anything.
     *
     * @throws MarkdownLimitException when the body is beyond the Markdown limits or flexmark fails on it: the parser
     *     only scans the source, the parsed tree is measured here
     */
    public Rendered render(ParsedModule module) {
        MarkdownRenderer.SectionsAndText body = renderer.renderSections(module.body());
        return new Rendered(body.sections(), body.plainText());
    }

    /**
     * Puts a parsed and rendered module online as the next version of its module; {@code target} is stored already.
     */
    public ModuleVersion publish(
            LearningModule target, ParsedModule module, String sourceText, Rendered rendered, Instant now) {
        int next = modules.latestVersion(target).map(v -> v.getVersionNo() + 1).orElse(1);
        ModuleVersion version =
                new ModuleVersion(target, next, module, sourceText, rendered.plainText(), rendered.sections(), now);
        modules.add(version);
        target.publish(version);
        return version;
    }
}
