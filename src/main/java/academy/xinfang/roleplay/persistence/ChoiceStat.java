package academy.xinfang.roleplay.persistence;

/**
 * How often one reply of one node was given in the sessions of a scenario version: {@code taken} counts every turn
 * (finished sessions or not), {@code averagePoints} is the mean final score of the finished sessions among them
 * (null when none finished), {@code strongTaken} counts turns in finished sessions scoring at least the strong mark.
 */
public record ChoiceStat(String nodeKey, int choiceIndex, long taken, Double averagePoints, long strongTaken) {}
