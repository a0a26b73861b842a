package academy.xinfang.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An officer's progress in one module: where they were, how long they spent, the reader page's last report, and when
 * they completed it. Rules: time spent is real time, on the server's clock, between reports of a visible page, at most
 * {@link ReadingSpeed#maxIntervalSeconds()} per gap (a tab left open overnight does not count as study), never a
 * duration the page claims; the module is complete once every section of the version online is read (see
 * {@link ModuleReading}), and stays complete.
 */
@Entity
@Table(name = "module_progress")
@IdClass(ModuleProgress.Key.class)
public class ModuleProgress {
    static final int REPORT_SECTIONS_LENGTH = 400;

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "module_id")
    private long moduleId;

    @Column(name = "last_section_key", length = 64)
    private String lastSectionKey;

    @Column(name = "seconds_spent", nullable = false)
    private int secondsSpent;

    @Column(name = "visible_ms", nullable = false)
    private long visibleMillis;

    /** The page's last report, on the server's clock: the start of the gap the next report ends. */
    @Column(name = "report_ms")
    private Long reportMillis;

    @Column(name = "report_visible", nullable = false)
    private boolean reportVisible;

    @Column(name = "report_sections", length = REPORT_SECTIONS_LENGTH)
    private String reportSections;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected ModuleProgress() {}

    public ModuleProgress(long userId, long moduleId, Instant now) {
        this.userId = userId;
        this.moduleId = moduleId;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the page's report and returns the one before it, whose state lasted until now; none at the start of a
     * page view (the time before the page was opened is not reading) or at the first report ever. The visible part
     * of that gap, capped, is added to the time spent.
     */
    public ReadingReport report(ReadingReport next, boolean pageStart, ReadingSpeed speed) {
        ReadingReport previous = pageStart || reportMillis == null
                ? null
                : new ReadingReport(
                        Instant.ofEpochMilli(reportMillis),
                        reportVisible,
                        reportSections == null || reportSections.isEmpty()
                                ? List.of()
                                : List.of(reportSections.split(" ")));
        if (previous != null) {
            visibleMillis += previous.visibleMillisUntil(next.at(), speed);
            secondsSpent = (int) Math.min(Integer.MAX_VALUE, visibleMillis / 1000);
        }
        reportMillis = next.at().toEpochMilli();
        reportVisible = next.visible();
        StringBuilder keys = new StringBuilder();
        for (String key : next.inView()) {
            if (keys.length() + key.length() + 1 > REPORT_SECTIONS_LENGTH) {
                break;
            }
            keys.append(keys.length() == 0 ? "" : " ").append(key);
        }
        reportSections = keys.toString();
        updatedAt = next.at();
        return previous;
    }

    public void reachedSection(String sectionKey, Instant now) {
        this.lastSectionKey = sectionKey;
        this.updatedAt = now;
    }

    /** Marks completion when every section of the current version is among the read ones. */
    public void checkCompletion(Collection<String> sectionsOnline, Collection<String> sectionsRead, Instant now) {
        if (completedAt == null && !sectionsOnline.isEmpty() && sectionsRead.containsAll(sectionsOnline)) {
            completedAt = now;
        }
    }

    public static int percent(Collection<String> sectionsOnline, Collection<String> sectionsRead) {
        if (sectionsOnline.isEmpty()) {
            return 0;
        }
        long read = sectionsOnline.stream().filter(sectionsRead::contains).count();
        return (int) (read * 100 / sectionsOnline.size());
    }

    public String getLastSectionKey() {
        return lastSectionKey;
    }

    public int getSecondsSpent() {
        return secondsSpent;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public long getModuleId() {
        return moduleId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long userId;
        private long moduleId;

        public Key() {}

        public Key(long userId, long moduleId) {
            this.userId = userId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.userId == userId && k.moduleId == moduleId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, moduleId);
        }
    }
}
