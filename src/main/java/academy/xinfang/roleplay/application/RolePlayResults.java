package academy.xinfang.roleplay.application;

import academy.xinfang.roleplay.domain.OfficerScore;
import academy.xinfang.roleplay.domain.QualityTotal;
import academy.xinfang.roleplay.domain.ScenarioBest;
import academy.xinfang.roleplay.domain.SessionEvent;
import academy.xinfang.roleplay.domain.TabooCount;
import academy.xinfang.roleplay.persistence.RolePlayResultRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How officers did in role-plays, for the features that report on it (course progress, completion reports, insights,
 * learning records): the role-play feature's answer, so none of them reads its tables or repeats its rules. Whether a
 * session hit a capping taboo ({@code RolePlayScore.SERIOUS_TABOOS}) is what the scoring decided after any trainer's
 * override, and taboo counts use the override of a typed reply too. Each method is one aggregate query.
 */
@ApplicationScoped
public class RolePlayResults {
    @Inject
    RolePlayResultRepository repository;

    protected RolePlayResults() {}

    /** For tests outside the container. */
    public RolePlayResults(RolePlayResultRepository repository) {
        this.repository = repository;
    }

    public Set<String> onlineScenarios() {
        return repository.onlineScenarios();
    }

    /** Current title of every scenario online, by key. */
    public Map<String, String> titles() {
        return repository.titles();
    }

    /** The officer's best finished session per scenario, preferring one without a capping taboo. */
    public Map<String, ScenarioBest> bestOf(long userId, Collection<String> keys) {
        return repository.bestOf(userId, keys);
    }

    /** Per officer and scenario, the best points of a finished session without a capping taboo. */
    public List<OfficerScore> bestUncapped(Collection<String> keys) {
        return repository.bestUncapped(keys);
    }

    /** Per officer, the last time they started or finished a session of any of the scenarios. */
    public Map<Long, Instant> lastActivityPerOfficer(Collection<String> keys) {
        return repository.lastActivityPerOfficer(keys);
    }

    /** Officers who finished a session of any of the scenarios. */
    public Set<Long> finishedBy(Collection<String> keys) {
        return repository.finishedBy(keys);
    }

    public List<QualityTotal> qualityTotals(Instant from, Instant to) {
        return repository.qualityTotals(from, to);
    }

    public List<TabooCount> tabooCounts(Instant from, Instant to) {
        return repository.tabooCounts(from, to);
    }

    public List<SessionEvent> sessions(Long userId, Instant from, Instant to) {
        return repository.sessions(userId, from, to);
    }
}
