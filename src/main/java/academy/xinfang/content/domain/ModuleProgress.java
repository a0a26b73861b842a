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
import java.util.Objects;

/**
 * An officer's progress in one module: where they were, how long they spent, and when they completed it. Rules:
 * reading time only grows, by at most {@link #MAX_SECONDS_PER_BEAT} per report (a tab left open overnight does not
 * count as study); the module is complete once every section of the version online is read, and stays complete.
 */
@Entity
@Table(name = "module_progress")
@IdClass(ModuleProgress.Key.class)
public class ModuleProgress {
    public static final int MAX_SECONDS_PER_BEAT = 60;

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

    /** Records time spent reading, capped per report. */
    public void addTime(int seconds, Instant now) {
        if (seconds > 0) {
            secondsSpent += Math.min(seconds, MAX_SECONDS_PER_BEAT);
        }
        updatedAt = now;
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
