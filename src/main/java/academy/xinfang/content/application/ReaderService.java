package academy.xinfang.content.application;

import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.content.domain.ModuleProgress;
import academy.xinfang.content.domain.ModuleReading;
import academy.xinfang.content.domain.ModuleVersion;
import academy.xinfang.content.domain.ReadingReport;
import academy.xinfang.content.domain.ReadingSpeed;
import academy.xinfang.content.domain.SectionDwell;
import academy.xinfang.content.domain.SectionRead;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.platform.vocabulary.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reading modules and recording the reader's own progress. Every method acts for the caller only: no user id is
 * ever taken from the page, so one officer can never read or change another's progress.
 */
@Stateless
@RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
public class ReaderService {
    private static final int SNIPPET_RADIUS = 30;
    /** Sections one report may name: more than a tall screen shows of this curriculum. */
    static final int MAX_SECTIONS_IN_VIEW = 6;

    @Inject
    ModuleRepository modules;

    @Inject
    UserDirectory users;

    @Inject
    ModuleContentCache cache;

    @Inject
    Clock clock;

    /** Reading speed a section's time is measured by: generous, since officers re-read. */
    @Inject
    @ConfigProperty(name = "academy.reading.chars-per-minute", defaultValue = "500")
    int charsPerMinute;

    /** The least time any section needs on screen, however short. */
    @Inject
    @ConfigProperty(name = "academy.reading.min-seconds-per-section", defaultValue = "5")
    int minSecondsPerSection;

    /** The most one gap between two reports of the page counts (the page reports every 30 s while read). */
    @Inject
    @ConfigProperty(name = "academy.reading.max-interval-seconds", defaultValue = "60")
    int maxIntervalSeconds;

    /** How often a visible page reports while its reader is active: less than the longest gap that counts. */
    @Inject
    @ConfigProperty(name = "academy.reading.report-seconds", defaultValue = "30")
    int reportSeconds;

    /** The catalogue, optionally narrowed to one tag and to modules containing a text. */
    public List<ModuleCard> catalogue(Tag tag, String query) {
        long userId = users.callerId();
        boolean searching = query != null && !query.isBlank();
        List<ModuleVersion> versions = searching ? modules.search(query.strip()) : modules.currentVersions();
        Map<Long, Set<String>> read = modules.readSections(userId);
        Map<Long, Map<String, Long>> dwell = modules.dwellByModule(userId);
        Map<Long, ModuleProgress> progress = modules.progressByModule(userId);
        ReadingSpeed speed = speed();
        return versions.stream()
                .map(v -> content(v.getId()))
                .filter(c -> tag == null || c.tags().contains(tag))
                .map(c -> {
                    Set<String> done = read.getOrDefault(c.moduleId(), Set.of());
                    ModuleProgress p = progress.get(c.moduleId());
                    ModuleReading reading = new ModuleReading(
                            c.charsBySection(), speed, dwell.getOrDefault(c.moduleId(), Map.of()), done);
                    return new ModuleCard(
                            c.key(),
                            c.title(),
                            c.summary(),
                            c.minutes(),
                            c.tags().stream().sorted().toList(),
                            ModuleProgress.percent(c.sectionKeys(), done),
                            p != null && p.isCompleted(),
                            p == null ? null : p.getLastSectionKey(),
                            searching ? snippet(c.plainText(), query.strip()) : null,
                            ModuleReading.minutesUp(reading.millisLeft()));
                })
                .toList();
    }

    /**
     * Minutes of reading the caller still needs in each of these modules that is online, by module key (0 for one
     * read): for the course pages of the progress feature.
     */
    public Map<String, Integer> minutesLeft(Collection<String> moduleKeys) {
        Map<String, Integer> left = new HashMap<>();
        Map<String, Long> versions = modules.currentVersionIds(Set.copyOf(moduleKeys));
        if (versions.isEmpty()) {
            return left;
        }
        long userId = users.callerId();
        Map<Long, Map<String, Long>> dwell = modules.dwellByModule(userId);
        Map<Long, Set<String>> read = modules.readSections(userId);
        ReadingSpeed speed = speed();
        versions.forEach((key, versionId) -> {
            ModuleContent c = content(versionId);
            ModuleReading reading = new ModuleReading(
                    c.charsBySection(),
                    speed,
                    dwell.getOrDefault(c.moduleId(), Map.of()),
                    read.getOrDefault(c.moduleId(), Set.of()));
            left.put(key, ModuleReading.minutesUp(reading.millisLeft()));
        });
        return left;
    }

    /** The module online under this key, or empty when there is none. */
    public Optional<ModuleContent> module(String key) {
        return modules.currentVersionId(key).map(this::content);
    }

    /** Everything the module page shows, for the caller, in one call: content, sections read, resume point, time. */
    public Optional<ReadingView> open(String key) {
        return module(key).map(c -> {
            long userId = users.callerId();
            Optional<ModuleProgress> progress = modules.progress(userId, c.moduleId());
            Map<String, Long> dwell = new HashMap<>();
            modules.dwell(userId, c.moduleId()).forEach((k, d) -> dwell.put(k, d.getDwellMillis()));
            ModuleReading reading =
                    new ModuleReading(c.charsBySection(), speed(), dwell, modules.readSections(userId, c.moduleId()));
            return view(
                    c,
                    reading,
                    progress.map(ModuleProgress::getLastSectionKey).orElse(null),
                    progress.map(ModuleProgress::getSecondsSpent).orElse(0));
        });
    }

    /**
     * Takes a report of the reader page, timed by the server's clock: whether the page is visible and which sections
     * are on screen ({@code pageStart} for the first report of a page view). The time since the previous report
     * counts for the sections that report had on screen, if it said visible (see {@link ModuleReading}); sections
     * that have had their time are recorded read, and the module completes when all are. Returns the caller's view
     * afterwards.
     */
    public ReadingView report(String key, boolean visible, List<String> inView, boolean pageStart) {
        ModuleContent c = module(key).orElseThrow(() -> new ContentException("reader.noModule", key));
        long userId = users.callerId();
        long moduleId = c.moduleId();
        Instant now = clock.instant();
        List<String> shown = inView.stream()
                .filter(c::hasSection)
                .distinct()
                .limit(MAX_SECTIONS_IN_VIEW)
                .toList();
        ReadingSpeed speed = speed();
        ModuleProgress progress = progressOf(userId, moduleId, now);
        Map<String, SectionDwell> dwell = modules.dwell(userId, moduleId);
        Map<String, Long> dwellMillis = new HashMap<>();
        dwell.forEach((k, d) -> dwellMillis.put(k, d.getDwellMillis()));
        ModuleReading reading =
                new ModuleReading(c.charsBySection(), speed, dwellMillis, modules.readSections(userId, moduleId));
        ReadingReport previous = progress.report(new ReadingReport(now, visible, shown), pageStart, speed);
        reading.credit(previous, now)
                .forEach((section, millis) -> dwell.computeIfAbsent(section, k -> {
                            SectionDwell d = new SectionDwell(userId, moduleId, k);
                            modules.addDwell(d);
                            return d;
                        })
                        .add(millis));
        for (String section : reading.newlyRead()) {
            modules.addRead(new SectionRead(userId, moduleId, section, now));
        }
        if (!shown.isEmpty()) {
            progress.reachedSection(shown.get(0), now);
        }
        progress.checkCompletion(c.sectionKeys(), reading.read(), now);
        return view(c, reading, progress.getLastSectionKey(), progress.getSecondsSpent());
    }

    private static ReadingView view(ModuleContent c, ModuleReading reading, String lastSection, int secondsSpent) {
        Map<String, Long> left = new LinkedHashMap<>();
        c.sectionKeys().forEach(k -> left.put(k, reading.millisLeft(k)));
        return new ReadingView(c, reading.read(), lastSection, secondsSpent, left);
    }

    /** Seconds between two reports of a visible reader page while its reader is active. */
    public int reportSeconds() {
        return reportSeconds;
    }

    private ReadingSpeed speed() {
        return new ReadingSpeed(charsPerMinute, minSecondsPerSection, maxIntervalSeconds);
    }

    private ModuleProgress progressOf(long userId, long moduleId, Instant now) {
        return modules.progress(userId, moduleId).orElseGet(() -> {
            ModuleProgress p = new ModuleProgress(userId, moduleId, now);
            modules.addProgress(p);
            return p;
        });
    }

    private ModuleContent content(long versionId) {
        return cache.get(
                versionId,
                id -> ModuleContent.of(modules.versionWithSections(id).orElseThrow()));
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
