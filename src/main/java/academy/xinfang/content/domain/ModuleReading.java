package academy.xinfang.content.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reading rule of one officer in one module: a section is read once it has been on screen, while the page was
 * visible, for the time its length needs at the configured {@link ReadingSpeed}; the module is read when all its
 * sections are. Time comes only from the server's clock between two reports of the page ({@link ReadingReport}), and
 * a gap counts for the sections the earlier report had on screen, shared among those still needing time, so that all
 * the credit ever given is at most the real time the page was visible (a section already read gets none, and its
 * share goes to the others). Sections read before this rule existed stay read.
 */
public final class ModuleReading {
    private final Map<String, Long> required = new LinkedHashMap<>();
    private final Map<String, Long> dwell;
    private final Set<String> read;
    private final ReadingSpeed speed;

    /**
     * @param charsBySection the sections online, in order, with their readable length
     * @param dwellMillis time already credited per section
     * @param read sections already recorded as read
     */
    public ModuleReading(
            Map<String, Integer> charsBySection,
            ReadingSpeed speed,
            Map<String, Long> dwellMillis,
            Collection<String> read) {
        this.speed = speed;
        charsBySection.forEach((key, chars) -> required.put(key, speed.requiredMillis(chars)));
        this.dwell = new HashMap<>(dwellMillis);
        this.read = new HashSet<>(read);
    }

    /**
     * Credits the time from {@code previous} (the page's last report, or null at the start of a page view) until
     * {@code now}; returns the milliseconds added per section.
     */
    public Map<String, Long> credit(ReadingReport previous, Instant now) {
        Map<String, Long> added = new LinkedHashMap<>();
        if (previous == null) {
            return added;
        }
        long left = previous.visibleMillisUntil(now, speed);
        List<String> open = new ArrayList<>();
        for (String key : previous.inView()) {
            if (!open.contains(key) && millisLeft(key) > 0) {
                open.add(key);
            }
        }
        while (left > 0 && !open.isEmpty()) {
            long share = Math.max(1, left / open.size());
            for (String key : List.copyOf(open)) {
                long give = Math.min(Math.min(share, left), millisLeft(key));
                dwell.merge(key, give, Long::sum);
                added.merge(key, give, Long::sum);
                left -= give;
                if (millisLeft(key) == 0) {
                    open.remove(key);
                }
            }
        }
        return added;
    }

    /** Sections that have now had their time but are not yet recorded as read; they are recorded read from here on. */
    public List<String> newlyRead() {
        List<String> fresh = new ArrayList<>();
        for (String key : required.keySet()) {
            if (!read.contains(key) && dwellOf(key) >= required.get(key)) {
                fresh.add(key);
                read.add(key);
            }
        }
        return fresh;
    }

    public boolean isRead(String key) {
        return read.contains(key);
    }

    /** Time a section still needs on screen; 0 once read, and for a section that is not online. */
    public long millisLeft(String key) {
        Long need = required.get(key);
        if (need == null || read.contains(key)) {
            return 0;
        }
        return Math.max(0, need - dwellOf(key));
    }

    /** Time the module still needs on screen. */
    public long millisLeft() {
        return required.keySet().stream().mapToLong(this::millisLeft).sum();
    }

    /** Every section online is read (a module without sections is never read). */
    public boolean complete() {
        return !required.isEmpty() && read.containsAll(required.keySet());
    }

    public Set<String> read() {
        return Set.copyOf(read);
    }

    public long dwellOf(String key) {
        return dwell.getOrDefault(key, 0L);
    }

    /** Whole minutes, rounded up, for "about N minutes left". */
    public static int minutesUp(long millis) {
        return (int) ((millis + 59_999) / 60_000);
    }
}
