package academy.xinfang.roleplay.application;

import academy.xinfang.roleplay.domain.ScenarioScores;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;

/**
 * What course completion needs to know about role-plays, answered by the feature that owns the scores: for each
 * scenario being played, how many complete runs of its authored replies would complete a course item at a given
 * threshold ({@link ScenarioScores#passing}: at or above it and without a capping taboo).
 */
@ApplicationScoped
public class RolePlayCompletion {
    @Inject
    RolePlayRepository repository;

    @Inject
    ScenarioCache scenarios;

    protected RolePlayCompletion() {}

    /** For tests outside the container. */
    public RolePlayCompletion(RolePlayRepository repository, ScenarioCache scenarios) {
        this.repository = repository;
        this.scenarios = scenarios;
    }

    /** Scenario key → threshold → number of runs that complete an item at that threshold, for the current versions. */
    public Map<String, IntToLongFunction> passingRuns() {
        Map<String, IntToLongFunction> passing = new HashMap<>();
        for (ScenarioVersion v : repository.currentVersions()) {
            ScenarioScores scores = ScenarioScores.of(scenarios.get(v));
            passing.put(v.getScenario().getKey(), scores::passing);
        }
        return passing;
    }
}
