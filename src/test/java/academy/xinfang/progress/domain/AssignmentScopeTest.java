package academy.xinfang.progress.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.progress.domain.AssignmentScope.Link;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignmentScopeTest {

    /**
     * County 1; townships 2 and 3 under it; office 4 under township 2 and desk 5 under office 4. Officers 10 in the
     * county, 20 in township 2, 40 in office 4, 50 at desk 5, 30 and 31 in township 3; 30 and 50 are new hires.
     */
    private static final AssignmentScope SCOPE = new AssignmentScope(
            List.of(new Link(1, null), new Link(2, 1L), new Link(3, 1L), new Link(4, 2L), new Link(5, 4L)));

    private static final List<Member> MEMBERS = List.of(
            new Member(10, 1, Set.of()),
            new Member(20, 2, Set.of()),
            new Member(40, 4, Set.of()),
            new Member(50, 5, Set.of("2026-new")),
            new Member(30, 3, Set.of("2026-new")),
            new Member(31, 3, null));

    private static final Instant NOV = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DEC_15 = Instant.parse("2026-12-15T00:00:00Z");
    private static final Instant DEC_31 = Instant.parse("2026-12-31T00:00:00Z");

    private static Assignment to(AssignmentTarget target) {
        return new Assignment("induction", target, NOV, DEC_31);
    }

    @Test
    void assignmentToATownshipReachesEveryDepartmentBelowItButNotAbove() {
        assertThat(SCOPE.assignees(to(new AssignmentTarget.Department(2)), MEMBERS))
                .containsExactlyInAnyOrder(20L, 40L, 50L);
    }

    @Test
    void assignmentToTheCountyReachesEveryone() {
        assertThat(SCOPE.assignees(to(new AssignmentTarget.Department(1)), MEMBERS))
                .containsExactlyInAnyOrder(10L, 20L, 30L, 31L, 40L, 50L);
    }

    @Test
    void assignmentToALeafDepartmentReachesOnlyItsPeople() {
        assertThat(SCOPE.assignees(to(new AssignmentTarget.Department(5)), MEMBERS))
                .containsExactly(50L);
        assertThat(SCOPE.assignees(to(new AssignmentTarget.Department(99)), MEMBERS))
                .isEmpty();
    }

    @Test
    void cohortAndIndividualAssignmentsReachExactlyTheirOfficers() {
        assertThat(SCOPE.assignees(to(new AssignmentTarget.Cohort("2026-new")), MEMBERS))
                .containsExactlyInAnyOrder(30L, 50L);
        assertThat(SCOPE.assignees(to(new AssignmentTarget.Officer(31)), MEMBERS))
                .containsExactly(31L);
    }

    @Test
    void aCycleInTheTreeEndsTheWalk() {
        AssignmentScope looped = new AssignmentScope(List.of(new Link(1, 2L), new Link(2, 1L), new Link(3, 2L)));

        assertThat(looped.departmentAndBelow(1)).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void overlappingAssignmentsMergeToTheEarliestStartAndEarliestDeadline() {
        List<Assignment> assignments = List.of(
                new Assignment("induction", new AssignmentTarget.Department(2), DEC, DEC_31),
                new Assignment("induction", new AssignmentTarget.Officer(40), NOV, null),
                new Assignment("induction", new AssignmentTarget.Cohort("2026-new"), DEC, DEC_15),
                new Assignment("annual-refresher", new AssignmentTarget.Officer(40), NOV, DEC));

        assertThat(SCOPE.assigned(assignments, MEMBERS))
                .containsExactly(
                        new Assigned(40, "annual-refresher", NOV, DEC),
                        new Assigned(20, "induction", DEC, DEC_31),
                        new Assigned(30, "induction", DEC, DEC_15),
                        new Assigned(40, "induction", NOV, DEC_31),
                        new Assigned(50, "induction", DEC, DEC_15));
    }

    @Test
    void aDeadlineMustFollowTheStart() {
        assertThatThrownBy(() -> new Assignment("c", new AssignmentTarget.Officer(1), DEC, NOV))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
