package academy.xinfang.authoring.application;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.authoring.domain.Draft;
import academy.xinfang.authoring.domain.LineDiff;
import academy.xinfang.authoring.domain.ModuleDraft;
import academy.xinfang.authoring.domain.PublishConflict;
import academy.xinfang.authoring.domain.SpeechConverter;
import academy.xinfang.authoring.domain.SpeechFile;
import academy.xinfang.authoring.domain.SpeechFileException;
import academy.xinfang.authoring.domain.SplitMode;
import academy.xinfang.content.application.ModuleImporter;
import academy.xinfang.content.domain.LearningModule;
import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.domain.ModuleParser;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.content.domain.ParsedModule;
import academy.xinfang.content.persistence.ModuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Trainers' and administrators' authoring: drafts from speeches, edits, publishing new module versions, version
 * history and diffs. Rules: a stale save or a publish over someone else's newer version is refused with the text
 * kept; a draft with any problem in its Markdown is never published; officers only ever see published versions.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class AuthoringService {
    private static final Logger LOG = Logger.getLogger(AuthoringService.class.getName());
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    /** The name problems of a draft carry; the editor shows only their lines. */
    private static final String DRAFT_FILE = "draft.md";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ModuleRepository modules;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** Converts an uploaded speech into one or more drafts; returns their ids. */
    public List<Long> createFromSpeech(String fileName, byte[] bytes, SplitMode mode) {
        try {
            SpeechFile.Decoded decoded = SpeechFile.read(fileName, bytes);
            return createDrafts(decoded.text(), fileName, mode);
        } catch (SpeechFileException e) {
            throw new AuthoringException(e.key(), e.arguments().toArray());
        }
    }

    public List<Long> createFromText(String text, SplitMode mode) {
        return createDrafts(text, "pasted.txt", mode);
    }

    private List<Long> createDrafts(String text, String sourceName, SplitMode mode) {
        List<Draft> drafts;
        try {
            drafts = SpeechConverter.convert(text, sourceName, mode);
        } catch (SpeechFileException e) {
            throw new AuthoringException(e.key(), e.arguments().toArray());
        }
        for (Draft d : drafts) {
            // Speech text is escaped into plain paragraphs, so only a huge paragraph or speech can be beyond them.
            MarkdownLimits.check(d.markdown()).ifPresent(v -> {
                throw new TextBeyondLimitsException(problem(v, 0));
            });
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (Draft d : drafts) {
            ModuleDraft draft = new ModuleDraft(null, null, d.title(), sourceName, text, d.markdown(), caller(), now);
            em.persist(draft);
            em.flush();
            ids.add(draft.getId());
        }
        LOG.info(() -> "event=draft.converted by=" + caller() + " source=" + sourceName + " drafts=" + ids.size());
        return ids;
    }

    /** A draft of the module online, starting from its source file. */
    public long editModule(String moduleKey) {
        long versionId = modules.currentVersionId(moduleKey)
                .orElseThrow(() -> new AuthoringException("authoring.noModule", moduleKey));
        ModuleVersion v = modules.versionWithSections(versionId).orElseThrow();
        String source = v.getSourceText() == null ? v.getMarkdown() : v.getSourceText();
        ModuleDraft draft = new ModuleDraft(moduleKey, v.getVersionNo(), v.getTitle(), v.getSourceFile(), source, source,
                caller(), clock.instant());
        em.persist(draft);
        em.flush();
        return draft.getId();
    }

    public List<DraftView> drafts() {
        return em.createQuery("select d from ModuleDraft d order by d.updatedAt desc", ModuleDraft.class)
                .setMaxResults(200)
                .getResultStream()
                .map(DraftView::of)
                .toList();
    }

    public DraftView draft(long id) {
        return DraftView.of(find(id));
    }

    /** A saved draft, and the preview of the text saved (computed once, for the check and for the editor). */
    public record Saved(DraftView draft, Preview preview) {}

    /**
     * Saves the editor's text unless the draft changed since the editor loaded it, or the text could not be shown
     * (beyond the Markdown limits: the saved text stays as it was); returns the new version and its preview. A text
     * with other problems is saved: a draft is work in progress.
     */
    public Saved save(long id, long expectedVersion, String markdown) {
        ModuleDraft draft = find(id);
        if (draft.isStale(expectedVersion)) {
            throw new EditConflictException("authoring.conflict.saved", draft.getMarkdown(), draft.getUpdatedBy());
        }
        Preview preview = preview(markdown);
        if (preview.beyondLimits() != null) {
            throw new TextBeyondLimitsException(preview.beyondLimits());
        }
        draft.edit(markdown, caller(), clock.instant());
        em.flush();
        return new Saved(DraftView.of(draft), preview);
    }

    /**
     * Rendering and checks for the live preview; nothing is stored. A text beyond the Markdown limits is not
     * rendered at all (it would overflow the stack or take minutes): the preview shows only its problems. The text
     * is scanned by the parser and its body parsed once, by the renderer.
     */
    public Preview preview(String markdown) {
        String text = markdown == null ? "" : markdown;
        ParseResult result = ModuleParser.parse(DRAFT_FILE, text);
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
            ImportProblem beyond = problem(e.violation(), lineBreaks(text) - lineBreaks(body));
            problems.add(0, beyond);
            return new Preview("", problems, beyond);
        }
    }

    /** Saves, checks and publishes the draft as the next version of its module; returns the version number. */
    public int publish(long id, long expectedVersion, String markdown) {
        ModuleDraft draft = find(id);
        if (draft.isStale(expectedVersion)) {
            throw new EditConflictException("authoring.conflict.saved", draft.getMarkdown(), draft.getUpdatedBy());
        }
        ParseResult result = ModuleParser.parse(DRAFT_FILE, markdown);
        if (result.module().isEmpty()) {
            throw new AuthoringException("authoring.hasProblems", result.problems().size());
        }
        ParsedModule parsed = result.module().get();
        ModuleImporter importer = new ModuleImporter(modules, RENDERER, clock);
        LearningModule module = modules.findByKey(parsed.id()).orElse(null);
        if (module != null) {
            int online = modules.latestVersion(module).map(ModuleVersion::getVersionNo).orElse(0);
            Optional<PublishConflict> conflict = draft.publishConflict(parsed.id(), online);
            if (conflict.isPresent()) {
                String current = modules.latestVersion(module).map(ModuleVersion::getSourceText).orElse("");
                throw new EditConflictException(conflict.get().key(), current, parsed.id(), online);
            }
        }
        ModuleImporter.Rendered rendered;
        try {
            rendered = importer.render(parsed);
        } catch (MarkdownLimitException e) {
            throw new TextBeyondLimitsException(problem(e.violation(), parsed.bodyLine() - 1));
        }
        if (module == null) {
            module = new LearningModule(parsed.id(), parsed.order());
            modules.add(module);
        }
        Instant now = clock.instant();
        draft.edit(markdown, caller(), now);
        ModuleVersion version = importer.publish(module, parsed, markdown, rendered, now);
        draft.published(parsed.id(), version.getVersionNo(), parsed.title());
        LOG.info(() -> "event=module.published by=" + caller() + " module=" + parsed.id() + " version="
                + version.getVersionNo());
        return version.getVersionNo();
    }

    public List<VersionRow> versions(String moduleKey) {
        Long online = modules.currentVersionId(moduleKey).orElse(null);
        return modules.versionsOf(moduleKey).stream()
                .map(v -> new VersionRow(v.getVersionNo(), v.getTitle(), v.getSourceFile(), v.getCreatedAt(),
                        v.getId().equals(online)))
                .toList();
    }

    public List<LineDiff.Line> diff(String moduleKey, int from, int to) {
        try {
            return LineDiff.diff(source(moduleKey, from), source(moduleKey, to));
        } catch (LineDiff.TooDifferentException e) {
            throw new AuthoringException("authoring.diffTooLarge", e.oldLines(), e.newLines());
        }
    }

    /** The full Markdown file of a version, as it would stand in content/. */
    public String source(String moduleKey, int versionNo) {
        ModuleVersion v = modules.version(moduleKey, versionNo)
                .orElseThrow(() -> new AuthoringException("authoring.noVersion", moduleKey, versionNo));
        return v.getSourceText() == null ? v.getMarkdown() : v.getSourceText();
    }

    private ModuleDraft find(long id) {
        ModuleDraft d = em.find(ModuleDraft.class, id);
        if (d == null) {
            throw new AuthoringException("authoring.noDraft", id);
        }
        return d;
    }

    private static ImportProblem problem(MarkdownLimits.Violation v, int lineOffset) {
        return new ImportProblem(DRAFT_FILE, lineOffset + v.line(), v.key(), v.arguments());
    }

    private static int lineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
    }

    private static String bodyOf(String markdown) {
        // Preview of a file whose front matter is broken: show what follows the second "---" line, if any.
        String[] parts = markdown.split("(?m)^---\\s*$", 3);
        return parts.length == 3 ? parts[2] : markdown;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
