package academy.xinfang.roleplay.domain;

/** How many of one officer's turns hit this taboo text (after any trainer's override of a typed reply). */
public record TabooCount(long userId, String taboos, long turns) {}
