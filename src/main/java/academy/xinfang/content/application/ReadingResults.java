package academy.xinfang.content.application;

import academy.xinfang.content.domain.ReadingEvent;
import academy.xinfang.content.persistence.ReadingResultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What officers read, for the features that report on it (course progress, completion reports, learning records):
 * the content feature's answer, so none of them reads its tables. A module is started once a section was read and
 * completed when read to the end. Each method is one aggregate query.
 */
@ApplicationScoped
public class ReadingResults {
    @Inject
    ReadingResultRepository repository;

    protected ReadingResults() {}

    /** For tests outside the container. */
    public ReadingResults(ReadingResultRepository repository) {
        this.repository = repository;
    }

    public Set<String> onlineModules() {
        return repository.onlineModules();
    }

    /** Current title of every module online, by key. */
    public Map<String, String> titles() {
        return repository.titles();
    }

    /** The modules among the keys the officer started, each with whether it was read to the end. */
    public Map<String, Boolean> readBy(long userId, Collection<String> keys) {
        return repository.readBy(userId, keys);
    }

    /** Per officer, how many of the modules they read to the end. */
    public Map<Long, Long> completedPerOfficer(Collection<String> keys) {
        return repository.completedPerOfficer(keys);
    }

    /** Per officer, when they last read any of the modules. */
    public Map<Long, Instant> lastReadPerOfficer(Collection<String> keys) {
        return repository.lastReadPerOfficer(keys);
    }

    public Set<Long> startedBy(Collection<String> keys) {
        return repository.startedBy(keys);
    }

    /** Readings of one officer (or all when null) in [from, to); a null bound is open. */
    public List<ReadingEvent> events(Long userId, Instant from, Instant to) {
        return repository.events(userId, from, to);
    }
}
