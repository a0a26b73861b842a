package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.domain.Person;
import academy.xinfang.content.application.ReadingResults;
import academy.xinfang.progress.domain.Assigned;
import academy.xinfang.progress.domain.Assignment;
import academy.xinfang.progress.domain.AssignmentScope;
import academy.xinfang.progress.domain.AssignmentTarget;
import academy.xinfang.progress.domain.CohortMember;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseItem;
import academy.xinfang.progress.domain.CourseState;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.progress.domain.Member;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.roleplay.application.RolePlayResults;
import academy.xinfang.roleplay.domain.OfficerScore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completion of a course by department for administrators. Whatever the number of officers or items, the figures come
 * from fourteen aggregate queries, each asked of the feature that owns the table and joined here on officer ids: the
 * course, the departments, the assignments, the members of the assigned cohorts, the officers reached (one query over
 * the assigned departments and everything below them, the cohort members and the officers named), mandatory modules
 * completed and quizzes passed per officer (GROUP BY), each officer's best uncapped points per mandatory scenario, and
 * those who started a module, a quiz or a scenario. An officer's state follows the course
 * rules of {@code CourseProgress}: completed when every mandatory item is done, else overdue after the earliest
 * deadline of the assignments reaching them, else in progress once anything was started, else not started. Counts of a
 * department include every department below it. An officer's last activity is the latest reading, quiz attempt or
 * role-play session among the course's items (three more aggregate queries, MAX per officer); a department's is the
 * latest of its officers'.
 */
@Stateless
public class ReportService {
    @Inject
    CourseRepository courses;

    @Inject
    CohortRepository cohorts;

    @Inject
    AssignmentRepository assignmentRepository;

    @Inject
    People people;

    @Inject
    ReadingResults reading;

    @Inject
    QuizResults quizzes;

    @Inject
    RolePlayResults rolePlays;

    @Inject
    CourseCache cache;

    @Inject
    Clock clock;

    private record Dept(long id, String name, String kind, Long parentId) {}

    private record Officer(
            long id,
            Long departmentId,
            String username,
            String displayName,
            CourseState state,
            int percent,
            Instant deadline,
            Instant lastActivity) {}

    @RolesAllowed("ADMIN")
    public CompletionReport report(String courseKey, Long departmentId) {
        CourseVersion version = courses.currentVersion(courseKey == null ? "" : courseKey)
                .orElseThrow(() -> new ProgressException("progress.unknownCourse", courseKey));
        Course course = cache.get(version);
        Map<Long, Dept> departments = new LinkedHashMap<>();
        people.departments().forEach(d -> departments.put(d.id(), new Dept(d.id(), d.name(), d.kind(), d.parentId())));
        if (departmentId != null && !departments.containsKey(departmentId)) {
            throw new ProgressException("progress.unknownDepartment", departmentId);
        }
        List<Officer> officers = officers(course, departments);

        Map<Long, List<Long>> children = new HashMap<>();
        departments.values().forEach(d -> {
            if (d.parentId() != null) {
                children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d.id());
            }
        });
        Map<Long, long[]> byDepartment = new HashMap<>();
        Map<Long, Instant> lastActive = new HashMap<>();
        Set<Long> scope = new HashSet<>();
        long[] top = new long[5];
        for (Officer o : officers) {
            add(top, o.state());
            Set<Long> seen = new HashSet<>();
            for (Long d = o.departmentId();
                    d != null && seen.add(d);
                    d = departments.get(d) == null ? null : departments.get(d).parentId()) {
                add(byDepartment.computeIfAbsent(d, k -> new long[5]), o.state());
                if (o.lastActivity() != null) {
                    lastActive.merge(d, o.lastActivity(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            if (departmentId == null || seen.contains(departmentId)) {
                scope.add(o.id());
            }
        }
        List<Long> rowIds = departmentId == null
                ? departments.values().stream()
                        .filter(d -> d.parentId() == null)
                        .map(Dept::id)
                        .toList()
                : children.getOrDefault(departmentId, List.of());
        List<CompletionReport.DepartmentRow> rows = rowIds.stream()
                .map(departments::get)
                .map(d -> new CompletionReport.DepartmentRow(
                        d.id(),
                        d.name(),
                        d.kind(),
                        counts(byDepartment.getOrDefault(d.id(), new long[5])),
                        children.containsKey(d.id()),
                        lastActive.get(d.id())))
                .toList();
        List<CompletionReport.OfficerRow> direct = officers.stream()
                .filter(o -> departmentId == null ? o.departmentId() == null : departmentId.equals(o.departmentId()))
                .map(o -> row(o, departments))
                .toList();
        List<CompletionReport.OfficerRow> below = officers.stream()
                .filter(o -> scope.contains(o.id()))
                .map(o -> row(o, departments))
                .toList();
        List<CompletionReport.Crumb> path = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Long d = departmentId;
                d != null && seen.add(d);
                d = departments.get(d).parentId()) {
            path.add(0, new CompletionReport.Crumb(d, departments.get(d).name()));
        }
        CompletionReport.Counts total =
                counts(departmentId == null ? top : byDepartment.getOrDefault(departmentId, new long[5]));
        return new CompletionReport(
                course.key(),
                course.titleZh(),
                course.titleEn(),
                departmentId,
                departmentId == null ? null : departments.get(departmentId).name(),
                path,
                total,
                rows,
                direct,
                below);
    }

    private static CompletionReport.OfficerRow row(Officer o, Map<Long, Dept> departments) {
        Dept d = o.departmentId() == null ? null : departments.get(o.departmentId());
        return new CompletionReport.OfficerRow(
                o.username(),
                o.displayName(),
                d == null ? null : d.name(),
                o.state().name(),
                o.percent(),
                ChinaDates.deadlineDay(o.deadline()),
                o.lastActivity());
    }

    private List<Officer> officers(Course course, Map<Long, Dept> departments) {
        List<Assignment> assignments = assignmentRepository.assignmentsOf(course.key()).stream()
                .map(CourseAssignment::toDomain)
                .toList();
        AssignmentScope scope = new AssignmentScope(departments.values().stream()
                .map(d -> new AssignmentScope.Link(d.id(), d.parentId()))
                .toList());
        Set<Long> departmentIds = new HashSet<>();
        Set<Long> cohortIds = new HashSet<>();
        Set<Long> userIds = new HashSet<>();
        for (Assignment a : assignments) {
            if (a.target() instanceof AssignmentTarget.Department d) {
                departmentIds.addAll(scope.departmentAndBelow(d.departmentId()));
            } else if (a.target() instanceof AssignmentTarget.Cohort c) {
                cohortIds.add(Long.parseLong(c.name()));
            } else {
                userIds.add(((AssignmentTarget.Officer) a.target()).userId());
            }
        }
        if (assignments.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> cohortsOf = new HashMap<>();
        for (CohortMember m : cohorts.membersOf(cohortIds)) {
            cohortsOf.computeIfAbsent(m.userId(), k -> new HashSet<>()).add(String.valueOf(m.cohortId()));
            userIds.add(m.userId());
        }
        List<Person> reached = people.officersIn(departmentIds, userIds);
        List<Member> members = reached.stream()
                .map(p -> new Member(p.id(), p.departmentId() == null ? -1 : p.departmentId(), cohortsOf.get(p.id())))
                .toList();
        Map<Long, Assigned> assigned = new HashMap<>();
        scope.assigned(assignments, members).forEach(a -> assigned.put(a.userId(), a));

        Set<String> mandatoryModules = keys(course, ItemType.MODULE, true);
        Set<String> mandatoryQuizzes = keys(course, ItemType.QUIZ, true);
        Map<Long, Long> done = new HashMap<>(reading.completedPerOfficer(mandatoryModules));
        quizzes.passedPerOfficer(mandatoryQuizzes).forEach((u, n) -> done.merge(u, n, Long::sum));
        Map<String, List<Integer>> thresholds = new HashMap<>();
        for (CourseItem item : course.mandatoryItems()) {
            if (item.type() == ItemType.SCENARIO) {
                thresholds.computeIfAbsent(item.ref(), k -> new ArrayList<>()).add(item.threshold());
            }
        }
        for (OfficerScore best : rolePlays.bestUncapped(thresholds.keySet())) {
            thresholds.get(best.scenarioKey()).stream()
                    .filter(threshold -> best.points() >= threshold)
                    .forEach(threshold -> done.merge(best.userId(), 1L, Long::sum));
        }
        Set<Long> started = new HashSet<>(reading.startedBy(keys(course, ItemType.MODULE, false)));
        started.addAll(quizzes.startedBy(keys(course, ItemType.QUIZ, false)));
        started.addAll(rolePlays.finishedBy(keys(course, ItemType.SCENARIO, false)));
        Map<Long, Instant> last = new HashMap<>(reading.lastReadPerOfficer(keys(course, ItemType.MODULE, false)));
        quizzes.lastActivityPerOfficer(keys(course, ItemType.QUIZ, false)).forEach((u, t) -> latest(last, u, t));
        rolePlays.lastActivityPerOfficer(keys(course, ItemType.SCENARIO, false)).forEach((u, t) -> latest(last, u, t));
        int mandatory = course.mandatoryItems().size();
        Instant now = clock.instant();
        List<Officer> officers = new ArrayList<>();
        for (Person p : reached) {
            long id = p.id();
            Assigned a = assigned.get(id);
            if (a == null) {
                continue;
            }
            long doneCount = done.getOrDefault(id, 0L);
            CourseState state = doneCount >= mandatory
                    ? CourseState.COMPLETED
                    : a.deadline() != null && now.isAfter(a.deadline())
                            ? CourseState.OVERDUE
                            : doneCount > 0 || started.contains(id) ? CourseState.IN_PROGRESS : CourseState.NOT_STARTED;
            officers.add(new Officer(
                    id,
                    p.departmentId(),
                    p.username(),
                    p.displayName(),
                    state,
                    (int) (Math.min(doneCount, mandatory) * 100 / mandatory),
                    a.deadline(),
                    last.get(id)));
        }
        return officers;
    }

    private static void latest(Map<Long, Instant> last, Long userId, Instant time) {
        last.merge(userId, time, (a, b) -> a.isAfter(b) ? a : b);
    }

    private static Set<String> keys(Course course, ItemType type, boolean mandatoryOnly) {
        Set<String> keys = new HashSet<>();
        for (CourseItem item : course.items()) {
            if (item.type() == type && (item.mandatory() || !mandatoryOnly)) {
                keys.add(item.ref());
            }
        }
        return keys;
    }

    private static void add(long[] counts, CourseState state) {
        counts[0]++;
        counts[1 + state.ordinal()]++;
    }

    /** Counts are kept in {@link CourseState} order after the total: not started, in progress, overdue, completed. */
    private static CompletionReport.Counts counts(long[] c) {
        return new CompletionReport.Counts(c[0], c[4], c[2], c[1], c[3]);
    }

    @RolesAllowed("ADMIN")
    public List<CourseOption> courses() {
        return courses.currentVersions().stream()
                .map(v -> new CourseOption(v.getCourse().getKey(), v.getTitleZh(), v.getTitleEn()))
                .toList();
    }
}
