package academy.xinfang.progress.domain;

import java.util.Set;

/** What assignment needs to know about an officer: where they work and which cohorts they belong to. */
public record Member(long userId, long departmentId, Set<String> cohorts) {

    public Member {
        cohorts = cohorts == null ? Set.of() : Set.copyOf(cohorts);
    }
}
