package academy.xinfang.content.application;

import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.SectionRead;
import academy.xinfang.content.domain.Tag;
import academy.xinfang.content.persistence.ModuleRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading modules and recording the reader's own progress. Every method acts for the caller only: no user id is
 * ever taken from the page, so one officer can never read or change another's progress.
 */
@Stateless
@RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
public class ReaderService {
    private static final int SNIPPET_RADIUS = 30;

    @Inject
    ModuleRepository modules;

    @Inject
    UserRepository users;

    @Inject
    ModuleContentCache cache;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /** The catalogue, optionally narrowed to one tag and to modules containing a text. */
    public List<ModuleCard> catalogue(Tag tag, String query) {
        long userId = callerId();
        boolean searching = query != null && !query.isBlank();
        List<ModuleVersion> versions = searching ? modules.search(query.strip()) : modules.currentVersions();
        Map<Long, Set<String>> read = modules.readSections(userId);
        Map<Long, ModuleProgress> progress = modules.progressByModule(userId);
        return versions.stream()
                .map(v -> content(v.getId()))
                .filter(c -> tag == null || c.tags().contains(tag))
                .map(c -> {
                    Set<String> done = read.getOrDefault(c.moduleId(), Set.of());
                    ModuleProgress p = progress.get(c.moduleId());
                    return new ModuleCard(c.key(), c.title(), c.summary(), c.minutes(),
                            c.tags().stream().sorted().toList(), ModuleProgress.percent(c.sectionKeys(), done),
                            p != null && p.isCompleted(), p == null ? null : p.getLastSectionKey(),
                            searching ? snippet(c.plainText(), query.strip()) : null);
                })
                .toList();
    }

    /** The module online under this key, or empty when there is none. */
    public Optional<ModuleContent> module(String key) {
        return modules.currentVersionId(key).map(this::content);
    }

    /** Everything the module page shows, for the caller, in one call: content, sections read, resume point, time. */
    public Optional<ReadingView> open(String key) {
        return module(key).map(c -> {
            long userId = callerId();
            Optional<ModuleProgress> progress = modules.progress(userId, c.moduleId());
            return new ReadingView(c, modules.readSections(userId, c.moduleId()),
                    progress.map(ModuleProgress::getLastSectionKey).orElse(null),
                    progress.map(ModuleProgress::getSecondsSpent).orElse(0));
        });
    }

    /** Marks a section read (idempotent); returns the module's percentage read afterwards. */
    public int markRead(String key, String sectionKey) {
        ModuleContent c = module(key).orElseThrow(() -> new ContentException("reader.noModule", key));
        if (!c.hasSection(sectionKey)) {
            throw new ContentException("reader.noSection", sectionKey);
        }
        long userId = callerId();
        Instant now = clock.instant();
        if (!modules.isRead(userId, c.moduleId(), sectionKey)) {
            modules.addRead(new SectionRead(userId, c.moduleId(), sectionKey, now));
        }
        ModuleProgress progress = progressOf(userId, c.moduleId(), now);
        progress.reachedSection(sectionKey, now);
        Set<String> read = modules.readSections(userId, c.moduleId());
        read.add(sectionKey);
        progress.checkCompletion(c.sectionKeys(), read, now);
        return ModuleProgress.percent(c.sectionKeys(), read);
    }

    /** Adds reading time reported by the page while it is visible. */
    public void recordTime(String key, String sectionKey, int seconds) {
        ModuleContent c = module(key).orElseThrow(() -> new ContentException("reader.noModule", key));
        Instant now = clock.instant();
        ModuleProgress progress = progressOf(callerId(), c.moduleId(), now);
        progress.addTime(seconds, now);
        if (sectionKey != null && c.hasSection(sectionKey)) {
            progress.reachedSection(sectionKey, now);
        }
    }

    private ModuleProgress progressOf(long userId, long moduleId, Instant now) {
        return modules.progress(userId, moduleId).orElseGet(() -> {
            ModuleProgress p = new ModuleProgress(userId, moduleId, now);
            modules.addProgress(p);
            return p;
        });
    }

    private ModuleContent content(long versionId) {
        return cache.get(versionId, id -> ModuleContent.of(modules.versionWithSections(id).orElseThrow()));
    }

    private long callerId() {
        String name = session.getCallerPrincipal().getName();
        return users.findByUsername(name).orElseThrow(() -> new ContentException("reader.noUser", name)).getId();
    }

    static String snippet(String text, String query) {
        int at = text.toLowerCase().indexOf(query.toLowerCase());
        if (at < 0) {
            return text.substring(0, Math.min(text.length(), 2 * SNIPPET_RADIUS)) + "…";
        }
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(text.length(), at + query.length() + SNIPPET_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
