package academy.xinfang.content.application;

import academy.xinfang.platform.SourceFolder;
import academy.xinfang.content.domain.ContentProblem;
import academy.xinfang.content.domain.CurriculumValidator;
import academy.xinfang.content.domain.LearningModule;
import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleParser;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.content.domain.ParsedModule;
import academy.xinfang.content.domain.SectionSplitter;
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

    public ImportReport importAll(List<SourceFolder.SourceFile> files, List<ContentProblem> readProblems) {
        List<ContentProblem> problems = new ArrayList<>(readProblems);
        List<ParsedModule> parsed = new ArrayList<>();
        Map<String, String> texts = new java.util.HashMap<>();
        for (SourceFolder.SourceFile file : files) {
            ParseResult result = ModuleParser.parse(file.name(), file.text());
            problems.addAll(result.problems());
            result.module().ifPresent(parsed::add);
            texts.put(file.name(), file.text());
        }
        List<ContentProblem> setProblems = CurriculumValidator.validate(parsed);
        problems.addAll(setProblems);
        Set<String> badFiles = new HashSet<>();
        setProblems.forEach(p -> badFiles.add(p.file()));

        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Instant now = clock.instant();
        for (ParsedModule module : parsed) {
            if (badFiles.contains(module.file())) {
                continue;
            }
            Optional<LearningModule> existing = modules.findByKey(module.id());
            if (existing.isPresent() && modules.hasVersionWithHash(existing.get(), module.contentHash())) {
                unchanged++;
                continue;
            }
            // Rendered before anything is stored: a file that cannot be rendered is refused like a broken one.
            Rendered rendered;
            try {
                rendered = render(module);
            } catch (MarkdownLimitException e) {
                MarkdownLimits.Violation v = e.violation();
                problems.add(new ContentProblem(module.file(), module.bodyLine() - 1 + v.line(), v.key(),
                        v.arguments()));
                continue;
            }
            LearningModule target = existing.orElseGet(() -> new LearningModule(module.id(), module.order()));
            if (existing.isEmpty()) {
                modules.add(target);
            }
            publish(target, module, texts.get(module.file()), rendered, now);
            if (existing.isEmpty()) {
                added++;
            } else {
                updated++;
            }
        }
        int refused = (int) problems.stream().map(ContentProblem::file).distinct().count();
        return new ImportReport(now, added, updated, unchanged, refused, List.copyOf(problems));
    }

    /** A module body as readers get it: sanitised HTML per section, and the words for search. */
    public record Rendered(Map<String, String> sections, String plainText) {}

    /**
     * Renders a parsed module without storing anything.
     *
     * @throws MarkdownLimitException when the body is beyond the Markdown limits (the parser reports that first)
     */
    public Rendered render(ParsedModule module) {
        MarkdownRenderer.HtmlAndText body = renderer.renderWithText(module.body());
        return new Rendered(SectionSplitter.split(body.html()), body.plainText());
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
