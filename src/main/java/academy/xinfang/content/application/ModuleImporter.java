package academy.xinfang.content.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SourceFolder;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports module files idempotently: a file whose exact text was imported before (any version) does nothing, so
 * versions trainers published in the editor survive restarts until the file itself changes; a new text becomes a
 * new version and goes online; a file with any problem is refused with its problems while the version already
 * online stays. Runs inside the caller's transaction.
 */
public class ModuleImporter {
    private final ModuleRepository modules;
    private final MarkdownRenderer renderer;
    private final Clock clock;

    public ModuleImporter(ModuleRepository modules, MarkdownRenderer renderer, Clock clock) {
        this.modules = modules;
        this.renderer = renderer;
        this.clock = clock;
    }

    public ImportReport importAll(List<SourceFolder.SourceFile> files, List<ImportProblem> readProblems) {
        List<ImportProblem> problems = new ArrayList<>(readProblems);
        List<Candidate> candidates = new ArrayList<>();
        for (SourceFolder.SourceFile file : files) {
            ParseResult result = ModuleParser.parse(file.name(), file.text());
            problems.addAll(result.problems());
            if (result.module().isEmpty()) {
                continue;
            }
            ParsedModule module = result.module().get();
            Optional<LearningModule> existing = modules.findByKey(module.id());
            if (existing.isPresent() && modules.hasVersionWithHash(existing.get(), module.contentHash())) {
                candidates.add(new Candidate(module, file.text(), existing.get(), null));
                continue;
            }
            // Rendered before the set is checked and anything is stored: a file that cannot be rendered is refused
            // like a broken one, and is no module other files can name.
            try {
                candidates.add(new Candidate(module, file.text(), existing.orElse(null), render(module)));
            } catch (MarkdownLimitException e) {
                MarkdownLimits.Violation v = e.violation();
                problems.add(new ImportProblem(module.file(), module.bodyLine() - 1 + v.line(), v.key(),
                        v.arguments()));
            }
        }
        List<ImportProblem> setProblems = CurriculumValidator.validate(
                candidates.stream().map(Candidate::module).toList());
        problems.addAll(setProblems);
        Set<String> badFiles = new HashSet<>();
        setProblems.forEach(p -> badFiles.add(p.file()));

        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (Candidate candidate : candidates) {
            ParsedModule module = candidate.module();
            if (badFiles.contains(module.file())) {
                continue;
            }
            if (candidate.rendered() == null) {
                unchanged++;
                continue;
            }
            LearningModule target = candidate.existing();
            if (target == null) {
                target = new LearningModule(module.id(), module.order());
                modules.add(target);
                added++;
            } else {
                updated++;
            }
            publish(target, module, candidate.sourceText(), candidate.rendered(), now);
        }
        int refused = (int) problems.stream().map(ImportProblem::file).distinct().count();
        return new ImportReport(now, added, updated, unchanged, refused, List.copyOf(problems));
    }

    /**
     * A module of the set: the module stored under its id ({@code null} for a new one), and its rendering
     * ({@code null} when this text is stored already).
     */
    private record Candidate(ParsedModule module, String sourceText, LearningModule existing, Rendered rendered) {}

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
    public ModuleVersion publish(LearningModule target, ParsedModule module, String sourceText, Rendered rendered,
            Instant now) {
        int next = modules.latestVersion(target).map(v -> v.getVersionNo() + 1).orElse(1);
        ModuleVersion version = new ModuleVersion(target, next, module, sourceText, rendered.plainText(),
                rendered.sections(), now);
        modules.add(version);
        target.publish(version);
        return version;
    }
}
