package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.domain.Person;
import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.domain.CohortMember;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Administrators manage cohorts and assign courses. An assignment names its target (a department, which reaches every
 * department below it, a cohort, or one officer), a start day and an optional deadline day after it; it is stored as
 * the target, so officers who join the department or cohort later are reached too. Only courses online can be
 * assigned.
 */
@Stateless
public class AssignmentService {
    @Inject
    AuditLog audit;

    private static final Logger LOG = Logger.getLogger(AssignmentService.class.getName());

    /** MySQL and MariaDB TIMESTAMP columns end in January 2038. */
    static final LocalDate LAST_DAY = LocalDate.of(2037, 12, 31);

    @Inject
    CourseRepository courses;

    @Inject
    CohortRepository cohorts;

    @Inject
    AssignmentRepository assignments;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @RolesAllowed("ADMIN")
    public List<CourseOption> courses() {
        return courses.currentVersions().stream()
                .map(v -> new CourseOption(v.getCourse().getKey(), v.getTitleZh(), v.getTitleEn()))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public List<CohortRow> cohorts() {
        List<CohortMember> all = cohorts.members();
        Map<Long, Person> names =
                people.people(all.stream().map(CohortMember::userId).collect(Collectors.toSet()));
        Map<Long, List<String>> members = new HashMap<>();
        all.stream()
                .filter(m -> names.containsKey(m.userId()))
                .sorted(Comparator.comparing(m -> names.get(m.userId()).username()))
                .forEach(m -> members.computeIfAbsent(m.cohortId(), k -> new ArrayList<>())
                        .add(names.get(m.userId()).username()));
        return cohorts.cohorts().stream()
                .map(c ->
                        new CohortRow(c.getId(), c.getName(), List.copyOf(members.getOrDefault(c.getId(), List.of()))))
                .toList();
    }

    @RolesAllowed("ADMIN")
    public long createCohort(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Cohort.MAX_NAME) {
            throw new ProgressException("progress.cohortName", Cohort.MAX_NAME);
        }
        if (cohorts.cohortNamed(trimmed).isPresent()) {
            throw new ProgressException("progress.cohortExists", trimmed);
        }
        Cohort cohort = cohorts.add(new Cohort(trimmed, clock.instant()));
        LOG.info(() -> "event=progress.cohortCreated cohort=" + cohort.getId() + " by=" + caller());
        audit.record(caller(), AuditAction.COHORT_CREATED, trimmed, "");
        return cohort.getId();
    }

    @RolesAllowed("ADMIN")
    public void addMember(long cohortId, String username) {
        Cohort cohort = cohort(cohortId);
        long userId = user(username);
        if (!cohort.add(userId)) {
            throw new ProgressException("progress.alreadyMember", username, cohort.getName());
        }
        LOG.info(() -> "event=progress.cohortMemberAdded cohort=" + cohortId + " user=" + userId + " by=" + caller());
        audit.record(caller(), AuditAction.COHORT_MEMBER_ADDED, cohort.getName(), username);
    }

    @RolesAllowed("ADMIN")
    public void removeMember(long cohortId, String username) {
        Cohort cohort = cohort(cohortId);
        long userId = user(username);
        cohort.remove(userId);
        LOG.info(() -> "event=progress.cohortMemberRemoved cohort=" + cohortId + " user=" + userId + " by=" + caller());
        audit.record(caller(), AuditAction.COHORT_MEMBER_REMOVED, cohort.getName(), username);
    }

    /**
     * Every assignment with the name of its target (department name, cohort name, or officer's display and user
     * name), newest first: one query for the assignments, one for the course titles, one each for the names.
     */
    @RolesAllowed("ADMIN")
    public List<AssignmentRow> assignments() {
        Map<String, String> titles = new HashMap<>();
        courses.currentVersions().forEach(v -> titles.put(v.getCourse().getKey(), v.getTitleZh()));
        List<CourseAssignment> all = assignments.assignments();
        Set<Long> userIds = new HashSet<>();
        all.stream().map(CourseAssignment::getUserId).filter(id -> id != null).forEach(userIds::add);
        Map<Long, Person> officers = userIds.isEmpty() ? Map.of() : people.people(userIds);
        Map<Long, String> departments = new HashMap<>();
        if (all.stream().anyMatch(a -> a.getDepartmentId() != null)) {
            people.departments().forEach(d -> departments.put(d.id(), d.name()));
        }
        Map<Long, String> cohortNames = new HashMap<>();
        if (all.stream().anyMatch(a -> a.getCohortId() != null)) {
            cohorts.cohorts().forEach(c -> cohortNames.put(c.getId(), c.getName()));
        }
        return all.stream()
                .map(a -> {
                    Person officer = a.getUserId() == null ? null : officers.get(a.getUserId());
                    String target = switch (a.getKind()) {
                        case DEPARTMENT -> departments.get(a.getDepartmentId());
                        case COHORT -> cohortNames.get(a.getCohortId());
                        case OFFICER -> officer == null ? "" : officer.displayName() + " (" + officer.username() + ")";
                    };
                    String key = a.getCourseKey();
                    return new AssignmentRow(
                            a.getId(),
                            key,
                            titles.getOrDefault(key, key),
                            a.getKind(),
                            target,
                            ChinaDates.day(a.getStartsAt()),
                            ChinaDates.deadlineDay(a.getDeadlineAt()),
                            a.getCreatedBy());
                })
                .toList();
    }

    /**
     * @param targetId the department or cohort id; ignored for an officer, who is named by {@code username}
     * @param deadline null for none; otherwise the last day, at least the start day
     */
    @RolesAllowed("ADMIN")
    public long assign(
            String courseKey,
            CourseAssignment.Kind kind,
            Long targetId,
            String username,
            LocalDate start,
            LocalDate deadline) {
        CourseVersion course = courses.currentVersion(courseKey == null ? "" : courseKey)
                .orElseThrow(() -> new ProgressException("progress.unknownCourse", courseKey));
        if (kind == null) {
            throw new ProgressException("progress.noTarget");
        }
        if (start == null) {
            throw new ProgressException("progress.noStart");
        }
        if (start.isAfter(LAST_DAY) || deadline != null && deadline.isAfter(LAST_DAY)) {
            throw new ProgressException("progress.dateTooLate", LAST_DAY.toString());
        }
        if (deadline != null && deadline.isBefore(start)) {
            throw new ProgressException("progress.deadlineBeforeStart", deadline.toString(), start.toString());
        }
        Instant from = ChinaDates.startOf(start);
        Instant due = deadline == null ? null : ChinaDates.endOf(deadline);
        String key = course.getCourse().getKey();
        Instant now = clock.instant();
        CourseAssignment assignment = switch (kind) {
            case DEPARTMENT -> {
                if (targetId == null || !people.departmentExists(targetId)) {
                    throw new ProgressException("progress.noTarget");
                }
                yield CourseAssignment.toDepartment(key, targetId, from, due, caller(), now);
            }
            case COHORT -> {
                if (targetId == null) {
                    throw new ProgressException("progress.noTarget");
                }
                yield CourseAssignment.toCohort(key, cohort(targetId).getId(), from, due, caller(), now);
            }
            case OFFICER -> CourseAssignment.toOfficer(key, user(username), from, due, caller(), now);
        };
        assignments.add(assignment);
        LOG.info(() -> "event=progress.assigned assignment=" + assignment.getId() + " course=" + key + " kind=" + kind
                + " target=" + (kind == CourseAssignment.Kind.OFFICER ? username : targetId) + " by=" + caller());
        audit.record(
                caller(),
                AuditAction.COURSE_ASSIGNED,
                key,
                kind + " " + (kind == CourseAssignment.Kind.OFFICER ? username : targetId) + " " + start + "–"
                        + (deadline == null ? "" : deadline));
        return assignment.getId();
    }

    @RolesAllowed("ADMIN")
    public void unassign(long assignmentId) {
        CourseAssignment assignment = assignments
                .assignment(assignmentId)
                .orElseThrow(() -> new ProgressException("progress.unknownAssignment", assignmentId));
        assignments.remove(assignment);
        LOG.info(() -> "event=progress.unassigned assignment=" + assignmentId + " course=" + assignment.getCourseKey()
                + " by=" + caller());
        audit.record(caller(), AuditAction.COURSE_UNASSIGNED, assignment.getCourseKey(), "assignment " + assignmentId);
    }

    private Cohort cohort(long id) {
        return cohorts.cohort(id).orElseThrow(() -> new ProgressException("progress.unknownCohort", id));
    }

    private long user(String username) {
        String name = username == null ? "" : username.strip();
        return people.idOf(name).orElseThrow(() -> new ProgressException("progress.unknownUser", name));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
