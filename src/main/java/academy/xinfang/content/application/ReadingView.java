package academy.xinfang.content.application;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One officer's view of one module: the shared content plus their own sections read, resume point, time spent, and
 * the reading time each section still needs (0 once read), in the module's order.
 */
public record ReadingView(
        ModuleContent content,
        Set<String> readSections,
        String lastSection,
        int secondsSpent,
        Map<String, Long> millisLeft)
        implements Serializable {

    public ReadingView {
        readSections = Set.copyOf(readSections);
        millisLeft = Collections.unmodifiableMap(new LinkedHashMap<>(millisLeft));
    }

    /** Reading time the whole module still needs. */
    public long totalMillisLeft() {
        return millisLeft.values().stream().mapToLong(Long::longValue).sum();
    }
}
