package academy.xinfang.progress.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseItem;
import academy.xinfang.progress.domain.CourseProgress;
import academy.xinfang.progress.domain.CourseState;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CohortRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The completion report on a generated data set (H2 and MariaDB) against an independent count: every reached officer's
 * state computed one by one with {@link CourseProgress} from {@code CourseItems.facts}, summed per department
 * subtree by hand.
 */
class ReportServiceTest {
    static final Instant T0 = TestClock.NOW;
    static final Clock CLOCK = TestClock.at(T0);
    private static final Instant PAST = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant FUTURE = Instant.parse("2037-12-01T00:00:00Z");

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void departmentCountsMatchAnIndependentCountPerOfficer(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            Owners.importShippedContent(db, CLOCK);
            FileSet.Read courses = CourseSource.FILES.read(Path.of("content", "courses"));
            db.apply(em -> Owners.courseImporter(em, CLOCK).importAll(courses.files(), List.of()));

            // County → 3 townships → 2 departments each; another county outside; officers spread over all of them.
            Map<String, Long> dept = new HashMap<>();
            Map<Long, Long> parent = new HashMap<>();
            db.apply(em -> {
                Department county = add(em, dept, parent, "C", null);
                for (int t = 1; t <= 3; t++) {
                    Department township = add(em, dept, parent, "T" + t, county);
                    for (int d = 1; d <= 2; d++) {
                        add(em, dept, parent, "T" + t + "D" + d, township);
                    }
                }
                add(em, dept, parent, "X", null);
                return null;
            });
            List<String> homes = new ArrayList<>(dept.keySet());
            homes.sort(String::compareTo);
            Random random = new Random(7);
            Map<Long, Long> departmentOf = new HashMap<>();
            db.apply(em -> {
                for (int i = 0; i < 240; i++) {
                    User u = new User("u" + i, "学员" + i, "h", List.of(Role.OFFICER), T0);
                    long home = dept.get(homes.get(random.nextInt(homes.size())));
                    u.moveTo(em.find(Department.class, home));
                    em.persist(u);
                    em.flush();
                    departmentOf.put(u.getId(), home);
                }
                return null;
            });
            List<Long> outsiders = departmentOf.entrySet().stream()
                    .filter(e -> e.getValue().equals(dept.get("X")))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .limit(3)
                    .toList();
            db.apply(em -> {
                AssignmentRepository repo = new AssignmentRepository(em);
                Cohort cohort = new CohortRepository(em).add(new Cohort("外县骨干", T0));
                outsiders.forEach(cohort::add);
                repo.add(CourseAssignment.toDepartment(
                        "induction", dept.get("C"), PAST.minusSeconds(86_400 * 60), FUTURE, "admin", T0));
                repo.add(CourseAssignment.toDepartment(
                        "induction", dept.get("T2"), PAST.minusSeconds(86_400 * 30), PAST, "admin", T0));
                repo.add(CourseAssignment.toCohort(
                        "induction", cohort.getId(), PAST.minusSeconds(86_400 * 30), FUTURE, "admin", T0));
                em.flush();
                return null;
            });
            Course course = db.apply(em -> new CourseRepository(em)
                    .currentVersion("induction")
                    .orElseThrow()
                    .parse());
            RandomFacts.insert(db, course, departmentOf.keySet(), random);

            // The independent count: one officer at a time, through the domain rule.
            Map<Long, Map<CourseState, Long>> expected = new HashMap<>();
            List<ItemKey> keys = course.items().stream().map(CourseItem::key).toList();
            for (Map.Entry<Long, Long> officer : departmentOf.entrySet()) {
                long home = officer.getValue();
                boolean inCounty = ancestors(home, parent).contains(dept.get("C"));
                if (!inCounty && !outsiders.contains(officer.getKey())) {
                    continue;
                }
                Instant deadline = ancestors(home, parent).contains(dept.get("T2")) ? PAST : FUTURE;
                CourseState state = db.apply(em -> CourseProgress.of(
                                course, Owners.courseItems(em).facts(officer.getKey(), keys), deadline, CLOCK)
                        .state());
                for (long d : ancestors(home, parent)) {
                    expected.computeIfAbsent(d, k -> new EnumMap<>(CourseState.class))
                            .merge(state, 1L, Long::sum);
                }
            }
            assertThat(expected.get(dept.get("C")).values().stream()
                            .mapToLong(Long::longValue)
                            .sum())
                    .isGreaterThan(150);
            assertThat(expected.get(dept.get("C")))
                    .as("the data set has every state")
                    .containsKeys(CourseState.values());

            CourseCache cache = new CourseCache();
            CompletionReport top =
                    db.apply(em -> Owners.reportService(em, cache, CLOCK).report("induction", null));
            assertMatches(top.departments(), expected);
            assertThat(top.total().total())
                    .isEqualTo(expected.get(dept.get("C")).values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()
                            + outsiders.size());
            for (String level : List.of("C", "T1", "T2", "T3")) {
                CompletionReport report =
                        db.apply(em -> Owners.reportService(em, cache, CLOCK).report("induction", dept.get(level)));
                assertMatches(report.departments(), expected);
            }
        }
    }

    private static void assertMatches(
            List<CompletionReport.DepartmentRow> rows, Map<Long, Map<CourseState, Long>> expected) {
        assertThat(rows).isNotEmpty();
        for (CompletionReport.DepartmentRow row : rows) {
            Map<CourseState, Long> e = expected.getOrDefault(row.id(), Map.of());
            CompletionReport.Counts c = row.counts();
            assertThat(new long[] {c.completed(), c.inProgress(), c.notStarted(), c.overdue()})
                    .as(row.name())
                    .containsExactly(
                            e.getOrDefault(CourseState.COMPLETED, 0L),
                            e.getOrDefault(CourseState.IN_PROGRESS, 0L),
                            e.getOrDefault(CourseState.NOT_STARTED, 0L),
                            e.getOrDefault(CourseState.OVERDUE, 0L));
        }
    }

    private static List<Long> ancestors(long department, Map<Long, Long> parent) {
        List<Long> chain = new ArrayList<>();
        for (Long d = department; d != null; d = parent.get(d)) {
            chain.add(d);
        }
        return chain;
    }

    private static Department add(
            EntityManager em, Map<String, Long> ids, Map<Long, Long> parents, String code, Department parent) {
        Department d = new Department(
                code,
                code,
                parent == null
                        ? DepartmentKind.COUNTY
                        : parent.getParentId() == null ? DepartmentKind.TOWNSHIP : DepartmentKind.DEPARTMENT,
                parent);
        em.persist(d);
        em.flush();
        ids.put(code, d.getId());
        parents.put(d.getId(), parent == null ? null : parent.getId());
        return d;
    }
}
