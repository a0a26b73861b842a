package academy.xinfang.progress.persistence;

import academy.xinfang.progress.domain.AssignmentScope;
import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.ItemFact;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.progress.domain.KnownContent;
import academy.xinfang.progress.domain.PublishedCourse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All queries on courses, cohorts and assignments, and the aggregate reads of what officers did in the other features
 * (reading progress, quiz attempts, role-play sessions) that course progress is computed from.
 */
@ApplicationScoped
public class ProgressRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected ProgressRepository() {}

    /** For repository tests outside the container. */
    public ProgressRepository(EntityManager em) {
        this.em = em;
    }

    // ---- courses

    public Optional<PublishedCourse> findCourse(String key) {
        return em.createQuery("select c from PublishedCourse c where c.key = :k", PublishedCourse.class)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    public Optional<CourseVersion> latestVersion(PublishedCourse course) {
        return em.createQuery("select v from CourseVersion v where v.course = :c order by v.versionNo desc",
                        CourseVersion.class)
                .setParameter("c", course)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean hasVersionWithHash(PublishedCourse course, String contentHash) {
        return !em.createQuery("select v.id from CourseVersion v where v.course = :c and v.contentHash = :h", Long.class)
                .setParameter("c", course)
                .setParameter("h", contentHash)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The versions officers follow, by course key. */
    public List<CourseVersion> currentVersions() {
        return em.createQuery("""
                        select v from PublishedCourse c join c.currentVersion v join fetch v.course
                        order by c.key""", CourseVersion.class)
                .getResultList();
    }

    public Optional<CourseVersion> currentVersion(String courseKey) {
        return em.createQuery("""
                        select v from PublishedCourse c join c.currentVersion v join fetch v.course
                        where c.key = :k""", CourseVersion.class)
                .setParameter("k", courseKey)
                .getResultStream()
                .findFirst();
    }

    public List<CourseVersion> versionsOf(String courseKey) {
        return em.createQuery("select v from CourseVersion v where v.course.key = :k order by v.versionNo",
                        CourseVersion.class)
                .setParameter("k", courseKey)
                .getResultList();
    }

    /** Modules, banks and scenarios that are online (have a current version): what course items may name. */
    public KnownContent knownContent() {
        Set<String> modules = new HashSet<>(em.createQuery(
                "select m.key from LearningModule m where m.currentVersion is not null", String.class).getResultList());
        Set<String> banks = new HashSet<>(em.createQuery(
                "select b.key from QuestionBank b where b.currentVersion is not null", String.class).getResultList());
        Set<String> scenarios = new HashSet<>(em.createQuery(
                "select s.key from PublishedScenario s where s.currentVersion is not null", String.class).getResultList());
        return new KnownContent(modules, banks, scenarios);
    }

    // ---- cohorts

    public List<Cohort> cohorts() {
        return em.createQuery("select c from Cohort c order by c.name", Cohort.class).getResultList();
    }

    public Optional<Cohort> cohort(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    public Optional<Cohort> cohortNamed(String name) {
        return em.createQuery("select c from Cohort c where c.name = :n", Cohort.class)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
    }

    /** Member count per cohort id, in one query for the cohort list. */
    public Map<Long, Long> cohortSizes() {
        Map<Long, Long> sizes = new HashMap<>();
        em.createQuery("select c.id, count(m) from Cohort c join c.memberIds m group by c.id", Object[].class)
                .getResultList()
                .forEach(row -> sizes.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return sizes;
    }

    /** Ids of the cohorts an officer belongs to. */
    public Set<Long> cohortsOf(long userId) {
        return new HashSet<>(em.createQuery("select c.id from Cohort c join c.memberIds m where m = :u", Long.class)
                .setParameter("u", userId)
                .getResultList());
    }

    // ---- assignments

    public List<CourseAssignment> assignments() {
        return em.createQuery("select a from CourseAssignment a order by a.createdAt desc, a.id desc",
                        CourseAssignment.class)
                .getResultList();
    }

    public Optional<CourseAssignment> assignment(long id) {
        return Optional.ofNullable(em.find(CourseAssignment.class, id));
    }

    /**
     * The assignments that can reach one officer: to them, to one of their cohorts, or to their department or one
     * above it. One query; the caller merges them with {@link AssignmentScope}.
     */
    public List<CourseAssignment> assignmentsReaching(long userId, Collection<Long> departmentAndAbove,
            Collection<Long> cohortIds) {
        // An empty IN list is not valid SQL everywhere: a value no row has stands in for it.
        Collection<Long> departments = departmentAndAbove.isEmpty() ? List.of(-1L) : departmentAndAbove;
        Collection<Long> cohorts = cohortIds.isEmpty() ? List.of(-1L) : cohortIds;
        return em.createQuery("""
                        select a from CourseAssignment a
                        where a.userId = :u or a.departmentId in :d or a.cohortId in :c
                        order by a.id""", CourseAssignment.class)
                .setParameter("u", userId)
                .setParameter("d", departments)
                .setParameter("c", cohorts)
                .getResultList();
    }

    /**
     * Every assignment with the name of its target (department name, cohort name, or officer's user name and display
     * name), newest first: one query for the admin list. Columns: id, course key, kind, department, cohort, user name,
     * display name, starts, deadline, created by.
     */
    public List<Object[]> assignmentRows() {
        return em.createQuery("""
                        select a.id, a.courseKey, a.kind, d.name, c.name, u.username, u.displayName, a.startsAt,
                               a.deadlineAt, a.createdBy
                        from CourseAssignment a
                        left join Department d on d.id = a.departmentId
                        left join Cohort c on c.id = a.cohortId
                        left join User u on u.id = a.userId
                        order by a.id desc""", Object[].class)
                .getResultList();
    }

    /** Cohort id and member user name, for every member of every cohort, in one query. */
    public List<Object[]> cohortMembers() {
        return em.createQuery("""
                        select c.id, u.username from Cohort c join c.memberIds m, User u
                        where u.id = m order by u.username""", Object[].class)
                .getResultList();
    }

    public Optional<Long> userIdByUsername(String username) {
        return em.createQuery("select u.id from User u where u.username = :n", Long.class)
                .setParameter("n", username)
                .getResultStream()
                .findFirst();
    }

    public boolean departmentExists(long departmentId) {
        return !em.createQuery("select d.id from Department d where d.id = :d", Long.class)
                .setParameter("d", departmentId)
                .getResultList()
                .isEmpty();
    }

    /** Titles of the modules and scenarios online, by key, for labelling course items. */
    public Map<ItemKey, String> itemTitles() {
        Map<ItemKey, String> titles = new HashMap<>();
        em.createQuery("select m.key, v.title from LearningModule m join m.currentVersion v", Object[].class)
                .getResultList()
                .forEach(row -> titles.put(new ItemKey(ItemType.MODULE, (String) row[0]), (String) row[1]));
        em.createQuery("select s.key, v.title from PublishedScenario s join s.currentVersion v", Object[].class)
                .getResultList()
                .forEach(row -> titles.put(new ItemKey(ItemType.SCENARIO, (String) row[0]), (String) row[1]));
        return titles;
    }

    /** The department tree as parent links, one light query, for {@link AssignmentScope}. */
    public List<AssignmentScope.Link> departmentLinks() {
        return em.createQuery("select d.id, p.id from Department d left join d.parent p", Object[].class)
                .getResultList()
                .stream()
                .map(row -> new AssignmentScope.Link(((Number) row[0]).longValue(),
                        row[1] == null ? null : ((Number) row[1]).longValue()))
                .toList();
    }

    /**
     * The department and those above it up to the county, as parent links: a few one-row queries (the tree is a handful
     * of levels deep) instead of reading the whole tree. A cycle in bad data ends the walk.
     */
    public List<AssignmentScope.Link> departmentChain(long departmentId) {
        List<AssignmentScope.Link> chain = new java.util.ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long id = departmentId;
        while (id != null && seen.add(id)) {
            List<Long> parent = em.createQuery("select p.id from Department d left join d.parent p where d.id = :d",
                            Long.class)
                    .setParameter("d", id)
                    .getResultList();
            if (parent.isEmpty()) {
                break;
            }
            chain.add(new AssignmentScope.Link(id, parent.get(0)));
            id = parent.get(0);
        }
        return chain;
    }

    /** The officer's department id, if they have one. */
    public Optional<Long> departmentOf(long userId) {
        return em.createQuery("select d.id from User u join u.department d where u.id = :u", Long.class)
                .setParameter("u", userId)
                .getResultStream()
                .findFirst();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void remove(Object entity) {
        em.remove(entity);
        em.flush();
    }

    // ---- facts from the other features

    /**
     * What one officer did on the given items, as facts for {@code CourseProgress}: three aggregate queries (one per
     * item type), whatever the number of items. A module is started once a section was read and completed when read to
     * the end; a quiz is started with any attempt and passed when any submitted attempt passed; a scenario has a fact
     * once a session finished, preferring the best session without a capping taboo (as the role-play feature decided it
     * when scoring, after any trainer's override: {@code PlaySession.cappedByTaboo}), since any such session at or
     * above the threshold completes the item.
     */
    public Map<ItemKey, ItemFact> facts(long userId, Collection<ItemKey> items) {
        Map<ItemType, Set<String>> refs = new HashMap<>();
        for (ItemType type : ItemType.values()) {
            refs.put(type, new HashSet<>(List.of("")));
        }
        items.forEach(k -> refs.get(k.type()).add(k.ref()));
        Map<ItemKey, ItemFact> facts = new HashMap<>();
        em.createQuery("""
                        select m.key, count(p.completedAt) from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and p.userId = :u and m.key in :k group by m.key""", Object[].class)
                .setParameter("u", userId)
                .setParameter("k", refs.get(ItemType.MODULE))
                .getResultList()
                .forEach(row -> facts.put(new ItemKey(ItemType.MODULE, (String) row[0]),
                        new ItemFact.Module(true, ((Number) row[1]).longValue() > 0)));
        em.createQuery("""
                        select a.quizKey, sum(case when a.passed = true then 1 else 0 end) from QuizAttempt a
                        where a.userId = :u and a.quizKey in :k group by a.quizKey""", Object[].class)
                .setParameter("u", userId)
                .setParameter("k", refs.get(ItemType.QUIZ))
                .getResultList()
                .forEach(row -> facts.put(new ItemKey(ItemType.QUIZ, (String) row[0]),
                        new ItemFact.Quiz(true, row[1] != null && ((Number) row[1]).longValue() > 0)));
        Map<String, Integer> best = scenarioBest(userId, refs.get(ItemType.SCENARIO), false);
        Map<String, Integer> uncapped = scenarioBest(userId, refs.get(ItemType.SCENARIO), true);
        best.forEach((key, points) -> facts.put(new ItemKey(ItemType.SCENARIO, key), uncapped.containsKey(key)
                ? new ItemFact.Scenario(uncapped.get(key), false)
                : new ItemFact.Scenario(points, true)));
        return facts;
    }

    private Map<String, Integer> scenarioBest(long userId, Set<String> keys, boolean withoutCappingTaboo) {
        Map<String, Integer> best = new HashMap<>();
        em.createQuery("""
                        select v.scenario.key, max(s.points) from PlaySession s join s.scenarioVersion v
                        where s.userId = :u and s.finishedAt is not null and s.points is not null
                          and v.scenario.key in :k""" + (withoutCappingTaboo ? " and s.cappedByTaboo = false" : "")
                        + " group by v.scenario.key", Object[].class)
                .setParameter("u", userId)
                .setParameter("k", keys)
                .getResultList()
                .forEach(row -> best.put((String) row[0], ((Number) row[1]).intValue()));
        return best;
    }

    // ---- completion report: a fixed number of aggregate queries whatever the number of officers

    public List<CourseAssignment> assignmentsOf(String courseKey) {
        return em.createQuery("select a from CourseAssignment a where a.courseKey = :c order by a.id", CourseAssignment.class)
                .setParameter("c", courseKey)
                .getResultList();
    }

    /**
     * Enabled officers in any of the departments, in any of the cohorts, or named: id, department id (or null), user name and
     * display name, in one query.
     */
    public List<Object[]> officersReached(Collection<Long> departments, Collection<Long> cohorts, Collection<Long> users) {
        return em.createQuery("""
                        select u.id, d.id, u.username, u.displayName from User u left join u.department d
                        where u.enabled = true and :officer member of u.roles
                          and (d.id in :d or u.id in :u
                               or u.id in (select m from Cohort c join c.memberIds m where c.id in :c))
                        order by u.displayName, u.username""", Object[].class)
                .setParameter("d", nonEmpty(departments))
                .setParameter("c", nonEmpty(cohorts))
                .setParameter("u", nonEmpty(users))
                .setParameter("officer", academy.xinfang.account.domain.Role.OFFICER)
                .getResultList();
    }

    /** Cohort id and member id for the given cohorts. */
    public List<Object[]> membersOf(Collection<Long> cohorts) {
        return em.createQuery("select c.id, m from Cohort c join c.memberIds m where c.id in :c", Object[].class)
                .setParameter("c", nonEmpty(cohorts))
                .getResultList();
    }

    /** Per officer, how many of the given modules they read to the end. */
    public Map<Long, Long> modulesCompleted(Collection<String> modules) {
        return counts(em.createQuery("""
                        select p.userId, count(p) from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and p.completedAt is not null and m.key in :k
                        group by p.userId""", Object[].class)
                .setParameter("k", nonEmptyText(modules))
                .getResultList());
    }

    /** Per officer, how many of the given quizzes they passed (any attempt). */
    public Map<Long, Long> quizzesPassed(Collection<String> quizzes) {
        return counts(em.createQuery("""
                        select a.userId, count(distinct a.quizKey) from QuizAttempt a
                        where a.passed = true and a.quizKey in :k group by a.userId""", Object[].class)
                .setParameter("k", nonEmptyText(quizzes))
                .getResultList());
    }

    /** Officers with a finished session of the scenario at or above the threshold and without a capping taboo. */
    public Set<Long> scenarioPassed(String scenario, int threshold) {
        return new HashSet<>(em.createQuery("""
                        select distinct s.userId from PlaySession s join s.scenarioVersion v
                        where v.scenario.key = :k and s.finishedAt is not null and s.points >= :t
                          and s.cappedByTaboo = false""", Long.class)
                .setParameter("k", scenario)
                .setParameter("t", threshold)
                .getResultList());
    }

    /** Officers who did anything on any of the items: read a section, tried a quiz, finished a session. */
    public Set<Long> startedAny(Collection<String> modules, Collection<String> quizzes, Collection<String> scenarios) {
        Set<Long> started = new HashSet<>(em.createQuery("""
                        select distinct p.userId from ModuleProgress p, LearningModule m
                        where p.moduleId = m.id and m.key in :k""", Long.class)
                .setParameter("k", nonEmptyText(modules))
                .getResultList());
        started.addAll(em.createQuery("select distinct a.userId from QuizAttempt a where a.quizKey in :k", Long.class)
                .setParameter("k", nonEmptyText(quizzes))
                .getResultList());
        started.addAll(em.createQuery("""
                        select distinct s.userId from PlaySession s join s.scenarioVersion v
                        where s.finishedAt is not null and v.scenario.key in :k""", Long.class)
                .setParameter("k", nonEmptyText(scenarios))
                .getResultList());
        return started;
    }

    /** Id, name, kind name and parent id of every department: the report's tree (departments are few). */
    public List<Object[]> departments() {
        return em.createQuery("select d.id, d.name, d.kind, p.id from Department d left join d.parent p order by d.name",
                        Object[].class)
                .getResultList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** An empty IN list is not valid SQL everywhere: a value no row has stands in for it. */
    private static Collection<Long> nonEmpty(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static Collection<String> nonEmptyText(Collection<String> keys) {
        return keys.isEmpty() ? List.of("") : keys;
    }
}
