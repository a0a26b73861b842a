package academy.xinfang.roleplay.domain;

/** One officer's best points in one scenario over the sessions that count (finished, no capping taboo). */
public record OfficerScore(long userId, String scenarioKey, int points) {}
