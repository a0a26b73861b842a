package academy.xinfang.roleplay.persistence;

/** An officer's plays of one scenario (any version): how many finished, the best points, and an open session if any. */
public record BestResult(String scenarioKey, long finished, Integer bestPoints, Long openSessionId) {}
