package academy.xinfang.progress.domain;

/** One officer's membership of one cohort. */
public record CohortMember(long cohortId, long userId) {}
