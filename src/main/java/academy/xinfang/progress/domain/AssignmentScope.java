package academy.xinfang.progress.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who a course is assigned to. An assignment to a department reaches everyone in it and in every department below
 * it, so a county-wide assignment keeps reaching a township created later. The tree is given as parent links; a
 * cycle in bad data ends the walk instead of looping.
 *
 * <p>When several assignments of the same course reach one officer (their township and them by name, say), they
 * merge into one: the earliest start, because the officer may begin as soon as any of them opens, and the earliest
 * deadline, because a later individual assignment must not quietly loosen a deadline a department was given.
 */
public final class AssignmentScope {

    /** A department in the tree; {@code parentId} is null at the top (the county). */
    public record Link(long id, Long parentId) {}

    private final Map<Long, List<Long>> children = new HashMap<>();

    public AssignmentScope(Collection<Link> departments) {
        for (Link link : departments) {
            if (link.parentId() != null) {
                children.computeIfAbsent(link.parentId(), k -> new ArrayList<>())
                        .add(link.id());
            }
        }
    }

    /** The department itself and all departments below it. */
    public Set<Long> departmentAndBelow(long departmentId) {
        Set<Long> seen = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(departmentId));
        while (!todo.isEmpty()) {
            long id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }

    /** User ids the assignment reaches. */
    public Set<Long> assignees(Assignment assignment, Collection<Member> members) {
        Set<Long> users = new HashSet<>();
        AssignmentTarget target = assignment.target();
        Set<Long> departments =
                target instanceof AssignmentTarget.Department d ? departmentAndBelow(d.departmentId()) : Set.of();
        for (Member m : members) {
            if (reaches(target, departments, m)) {
                users.add(m.userId());
            }
        }
        return users;
    }

    private static boolean reaches(AssignmentTarget target, Set<Long> departments, Member member) {
        if (target instanceof AssignmentTarget.Department) {
            return departments.contains(member.departmentId());
        }
        if (target instanceof AssignmentTarget.Cohort cohort) {
            return member.cohorts().contains(cohort.name());
        }
        return ((AssignmentTarget.Officer) target).userId() == member.userId();
    }

    /** Every officer each course is assigned to, merged per officer and course, ordered by course then user. */
    public List<Assigned> assigned(Collection<Assignment> assignments, Collection<Member> members) {
        Map<String, Map<Long, Assigned>> byCourse = new TreeMap<>();
        for (Assignment a : assignments) {
            Map<Long, Assigned> course = byCourse.computeIfAbsent(a.courseKey(), k -> new TreeMap<>());
            for (long user : assignees(a, members)) {
                course.merge(user, new Assigned(user, a.courseKey(), a.start(), a.deadline()), AssignmentScope::merge);
            }
        }
        return byCourse.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    private static Assigned merge(Assigned a, Assigned b) {
        Instant start = a.start().isBefore(b.start()) ? a.start() : b.start();
        Instant deadline = a.deadline() == null
                ? b.deadline()
                : b.deadline() == null || a.deadline().isBefore(b.deadline()) ? a.deadline() : b.deadline();
        return new Assigned(a.userId(), a.courseKey(), start, deadline);
    }
}
