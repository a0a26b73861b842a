package academy.xinfang.roleplay.domain;

/**
 * An officer's best finished session of one scenario for course progress: the best points without a capping taboo
 * when there is such a session (any of them at or above a threshold completes an item), else the best capped points.
 */
public record ScenarioBest(String scenarioKey, int points, boolean cappedByTaboo) {}
