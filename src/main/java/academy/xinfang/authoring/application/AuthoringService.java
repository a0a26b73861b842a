package academy.xinfang.authoring.application;

import academy.xinfang.authoring.domain.Draft;
import academy.xinfang.authoring.domain.LineDiff;
import academy.xinfang.authoring.domain.ModuleDraft;
import academy.xinfang.authoring.domain.PublishConflict;
import academy.xinfang.authoring.domain.SpeechConverter;
import academy.xinfang.authoring.domain.SpeechFile;
import academy.xinfang.authoring.domain.SpeechFileException;
import academy.xinfang.authoring.domain.SplitMode;
import academy.xinfang.authoring.domain.WordDiff;
import academy.xinfang.content.application.ModulePublishing;
import academy.xinfang.content.application.Preview;
import academy.xinfang.content.application.VersionRow;
import academy.xinfang.content.domain.MarkdownLimitException;
import academy.xinfang.content.domain.ParseResult;
import academy.xinfang.content.domain.ParsedModule;
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
    /** The name problems of a draft carry; the editor shows only their lines. */
    private static final String DRAFT_FILE = "draft.md";

    @PersistenceContext(unitName = "academy")
    EntityManager em;

    @Inject
    ModulePublishing modules;

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
            modules.beyondLimits(DRAFT_FILE, d.markdown()).ifPresent(problem -> {
                throw new TextBeyondLimitsException(problem);
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
        ModulePublishing.Source v =
                modules.online(moduleKey).orElseThrow(() -> new AuthoringException("authoring.noModule", moduleKey));
        ModuleDraft draft = new ModuleDraft(
                moduleKey, v.versionNo(), v.title(), v.sourceFile(), v.text(), v.text(), caller(), clock.instant());
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

    /** Rendering and checks for the live preview, as the importer would check the file; nothing is stored. */
    public Preview preview(String markdown) {
        return modules.preview(DRAFT_FILE, markdown);
    }

    /** Saves, checks and publishes the draft as the next version of its module; returns the version number. */
    public int publish(long id, long expectedVersion, String markdown) {
        ModuleDraft draft = find(id);
        if (draft.isStale(expectedVersion)) {
            throw new EditConflictException("authoring.conflict.saved", draft.getMarkdown(), draft.getUpdatedBy());
        }
        ParseResult result = modules.parse(DRAFT_FILE, markdown);
        if (result.module().isEmpty()) {
            throw new AuthoringException(
                    "authoring.hasProblems", result.problems().size());
        }
        ParsedModule parsed = result.module().get();
        Optional<ModulePublishing.Source> latest = modules.latest(parsed.id());
        if (latest.isPresent()) {
            int online = latest.get().versionNo();
            Optional<PublishConflict> conflict = draft.publishConflict(parsed.id(), online);
            if (conflict.isPresent()) {
                throw new EditConflictException(
                        conflict.get().key(), latest.get().text(), parsed.id(), online);
            }
        }
        Instant now = clock.instant();
        int versionNo;
        try {
            versionNo = modules.publish(parsed, markdown, now);
        } catch (MarkdownLimitException e) {
            throw new TextBeyondLimitsException(e.violation().at(DRAFT_FILE, parsed.bodyLine() - 1));
        }
        draft.edit(markdown, caller(), now);
        draft.published(parsed.id(), versionNo, parsed.title());
        LOG.info(() -> "event=module.published by=" + caller() + " module=" + parsed.id() + " version=" + versionNo);
        return versionNo;
    }

    public List<VersionRow> versions(String moduleKey) {
        return modules.versions(moduleKey);
    }

    public List<LineDiff.Line> diff(String moduleKey, int from, int to) {
        try {
            return LineDiff.diff(source(moduleKey, from), source(moduleKey, to));
        } catch (LineDiff.TooDifferentException e) {
            throw new AuthoringException("authoring.diffTooLarge", e.oldLines(), e.newLines());
        }
    }

    /** The compact word-level difference of two versions, as the versions page shows it. */
    public List<WordDiff.Row> compare(String moduleKey, int from, int to) {
        try {
            return WordDiff.compare(source(moduleKey, from), source(moduleKey, to), WordDiff.CONTEXT);
        } catch (LineDiff.TooDifferentException e) {
            throw new AuthoringException("authoring.diffTooLarge", e.oldLines(), e.newLines());
        }
    }

    /**
     * Deletes a draft; returns its title. The module versions it published are kept: they are the module's history,
     * and officers' progress refers to them.
     */
    public String deleteDraft(long id) {
        ModuleDraft draft = find(id);
        String title = draft.getTitle();
        em.remove(draft);
        LOG.info(() -> "event=draft.deleted by=" + caller() + " draft=" + id);
        return title;
    }

    /** The full Markdown file of a version, as it would stand in content/. */
    public String source(String moduleKey, int versionNo) {
        return modules.version(moduleKey, versionNo)
                .orElseThrow(() -> new AuthoringException("authoring.noVersion", moduleKey, versionNo))
                .text();
    }

    private ModuleDraft find(long id) {
        ModuleDraft d = em.find(ModuleDraft.class, id);
        if (d == null) {
            throw new AuthoringException("authoring.noDraft", id);
        }
        return d;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
