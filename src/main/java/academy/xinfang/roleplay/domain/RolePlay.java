package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Entry point of the engine: starts a session on a scenario that the validator accepts. */
public final class RolePlay {

    private RolePlay() {}

    /**
     * A new session at the scenario's start node with its initial mood.
     *
     * @throws IllegalArgumentException when the scenario has validation problems: a broken scenario could strand
     *     the officer in a dead end, so it is refused before the talk begins
     */
    public static Session start(Scenario scenario, Clock clock) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(clock, "clock");
        List<ImportProblem> problems = ScenarioValidator.validate(scenario);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.id() + " is not valid: " + problems);
        }
        return new Session(scenario, clock);
    }
}
