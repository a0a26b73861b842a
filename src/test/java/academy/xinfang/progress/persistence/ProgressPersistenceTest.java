package academy.xinfang.progress.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.content.domain.ReadingEvent;
import academy.xinfang.platform.SourceFolder;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.importing.ImportReport;
import academy.xinfang.progress.application.AssignmentRow;
import academy.xinfang.progress.application.Owners;
import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.domain.CohortMember;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.ItemFact;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.roleplay.domain.OfficerScore;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import academy.xinfang.testing.TestFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Courses, cohorts and assignments, and the facts progress is computed from as the owning features report them, on a
 * real database (H2 and MariaDB).
 */
class ProgressPersistenceTest {
    private static final Instant T0 = TestClock.NOW;
    private static final Clock CLOCK = TestClock.FIXED;

    private static ImportReport importCourses(TestDatabase db, SourceFolder.SourceFile... files) {
        return db.apply(em -> Owners.courseImporter(em, CLOCK).importAll(List.of(files), List.of()));
    }

    private static SourceFolder.SourceFile shipped(String name) throws Exception {
        return new SourceFolder.SourceFile(name, TestFiles.read("content", "courses", name));
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theShippedCoursesImportOnceAndABrokenOrUnknownReferenceKeepsTheVersionFollowed(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            Owners.importShippedContent(db, CLOCK);
            SourceFolder.SourceFile induction = shipped("induction.yaml");
            ImportReport first = importCourses(db, induction, shipped("annual-refresher.yaml"));
            assertThat(first.problems()).isEmpty();
            assertThat(first.added()).isEqualTo(2);

            ImportReport again = importCourses(db, induction);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.added() + again.updated()).isZero();

            String unknown = induction.text().replace("ref: probing-cadre", "ref: no-such-scenario");
            String broken = induction.text().replace("threshold: 60", "threshold: 160");
            ImportReport refused = importCourses(db, new SourceFolder.SourceFile("induction.yaml", unknown));
            assertThat(refused.refused()).isEqualTo(1);
            assertThat(refused.problems()).extracting(ImportProblem::key).containsExactly("course.unknownReference");
            assertThat(refused.problems().get(0).line()).isPositive();
            ImportReport refused2 = importCourses(db, new SourceFolder.SourceFile("induction.yaml", broken));
            assertThat(refused2.problems()).extracting(ImportProblem::key).contains("course.thresholdOutOfRange");

            List<CourseVersion> versions = db.apply(em -> new CourseRepository(em).versionsOf("induction"));
            assertThat(versions).hasSize(1);

            String retitled = induction.text().replace("Induction for new petition officers", "Induction (revised)");
            assertThat(importCourses(db, new SourceFolder.SourceFile("induction.yaml", retitled))
                            .updated())
                    .isEqualTo(1);
            CourseVersion current = db.apply(
                    em -> new CourseRepository(em).currentVersion("induction").orElseThrow());
            assertThat(current.getVersionNo()).isEqualTo(2);
            assertThat(current.getTitleEn()).isEqualTo("Induction (revised)");
            assertThat(current.parse().items()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void assignmentsReachingAnOfficerAreFoundThroughTheirDepartmentsAboveTheirCohortsAndThemselves(
            TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            long[] ids = db.apply(em -> {
                Department county = new Department("C1", "县", DepartmentKind.COUNTY, null);
                em.persist(county);
                Department township = new Department("T1", "镇", DepartmentKind.TOWNSHIP, county);
                em.persist(township);
                Department office = new Department("O1", "办", DepartmentKind.DEPARTMENT, township);
                em.persist(office);
                Department other = new Department("T2", "乡", DepartmentKind.TOWNSHIP, county);
                em.persist(other);
                User officer = new User("o1", "甲", "h", List.of(Role.OFFICER), T0);
                officer.moveTo(office);
                em.persist(officer);
                em.flush();
                return new long[] {county.getId(), township.getId(), office.getId(), other.getId(), officer.getId()};
            });
            long officer = ids[4];
            long cohort = db.apply(em -> {
                AssignmentRepository repo = new AssignmentRepository(em);
                Cohort c = new CohortRepository(em).add(new Cohort("2026 新任", T0));
                c.add(officer);
                Instant deadline = T0.plusSeconds(86_400 * 30);
                repo.add(CourseAssignment.toDepartment("induction", ids[1], T0, deadline, "admin", T0));
                repo.add(CourseAssignment.toDepartment("annual-refresher", ids[3], T0, null, "admin", T0));
                repo.add(CourseAssignment.toCohort("annual-refresher", c.getId(), T0, null, "admin", T0));
                em.flush();
                return c.getId();
            });
            db.apply(em -> {
                CohortRepository cohorts = new CohortRepository(em);
                AssignmentRepository repo = new AssignmentRepository(em);
                assertThat(cohorts.cohortsOf(officer)).containsExactly(cohort);
                assertThat(cohorts.members()).containsExactly(new CohortMember(cohort, officer));
                assertThat(cohorts.membersOf(List.of(cohort))).containsExactly(new CohortMember(cohort, officer));
                assertThat(cohorts.membersOf(List.of())).isEmpty();
                List<CourseAssignment> reaching =
                        repo.assignmentsReaching(officer, List.of(ids[2], ids[1], ids[0]), cohorts.cohortsOf(officer));
                assertThat(reaching)
                        .extracting(CourseAssignment::getCourseKey, CourseAssignment::getKind)
                        .containsExactly(
                                tuple("induction", CourseAssignment.Kind.DEPARTMENT),
                                tuple("annual-refresher", CourseAssignment.Kind.COHORT));
                assertThat(repo.assignmentsReaching(officer, List.of(), List.of()))
                        .isEmpty();
                assertThat(repo.assignmentsOf("annual-refresher")).hasSize(2);
                assertThat(Owners.assignmentService(em).assignments())
                        .extracting(AssignmentRow::kind, AssignmentRow::target)
                        .containsExactly(
                                tuple(CourseAssignment.Kind.COHORT, "2026 新任"),
                                tuple(CourseAssignment.Kind.DEPARTMENT, "乡"),
                                tuple(CourseAssignment.Kind.DEPARTMENT, "镇"));
                assertThat(Owners.assignmentService(em).cohorts())
                        .singleElement()
                        .satisfies(row -> assertThat(row.members()).containsExactly("o1"));
                return null;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void factsAreReadFromReadingQuizAttemptsAndRolePlaySessionsAndACappingTabooDoesNotCount(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            Owners.importShippedContent(db, CLOCK);
            long officer = user(db, "o1");
            long other = user(db, "o2");
            try (Connection c = db.connection()) {
                long basics = id(c, "select id from learning_module where module_key = 'petition-basics'");
                long taboos = id(c, "select id from learning_module where module_key = 'six-taboos'");
                long visitor = id(c, "select id from learning_module where module_key = 'visitor-psychology'");
                update(
                        c,
                        "insert into module_progress (user_id, module_id, seconds_spent, started_at, updated_at,"
                                + " completed_at) values (?, ?, 0, ?, ?, ?)",
                        officer,
                        basics,
                        ts(T0),
                        ts(T0),
                        ts(T0));
                update(
                        c,
                        "insert into module_progress (user_id, module_id, seconds_spent, started_at, updated_at,"
                                + " completed_at) values (?, ?, 0, ?, ?, null)",
                        officer,
                        taboos,
                        ts(T0),
                        ts(T0));
                update(
                        c,
                        "insert into module_progress (user_id, module_id, seconds_spent, started_at, updated_at,"
                                + " completed_at) values (?, ?, 0, ?, ?, ?)",
                        other,
                        visitor,
                        ts(T0),
                        ts(T0),
                        ts(T0));
                attempt(c, officer, "petition-basics", 1, false);
                attempt(c, officer, "petition-basics", 2, true);
                attempt(c, officer, "six-taboos", 1, false);
                long version = id(
                        c,
                        "select v.id from scenario_version v join scenario s on v.scenario_id = s.id"
                                + " where s.scenario_key = 'first-time-land'");
                long version2 = id(
                        c,
                        "select v.id from scenario_version v join scenario s on v.scenario_id = s.id"
                                + " where s.scenario_key = 'probing-cadre'");
                // capped as the role-play scoring stores it (RolePlayScore.cappedByTaboo)
                session(c, officer, version, 60, "HARSH_ATTITUDE", true);
                session(c, officer, version, 55, "", false);
                session(c, officer, version2, 58, "CARELESS_PROMISE,BUCK_PASSING", true);
            }
            List<ItemKey> items = List.of(
                    new ItemKey(ItemType.MODULE, "petition-basics"),
                    new ItemKey(ItemType.MODULE, "six-taboos"),
                    new ItemKey(ItemType.MODULE, "visitor-psychology"),
                    new ItemKey(ItemType.QUIZ, "petition-basics"),
                    new ItemKey(ItemType.QUIZ, "six-taboos"),
                    new ItemKey(ItemType.QUIZ, "visitor-psychology"),
                    new ItemKey(ItemType.SCENARIO, "first-time-land"),
                    new ItemKey(ItemType.SCENARIO, "probing-cadre"));
            Map<ItemKey, ItemFact> facts = db.apply(em -> Owners.courseItems(em).facts(officer, items));
            assertThat(facts)
                    .containsOnlyKeys(
                            items.get(0), items.get(1), items.get(3), items.get(4), items.get(6), items.get(7));
            assertThat(facts.get(items.get(0))).isEqualTo(new ItemFact.Module(true, true));
            assertThat(facts.get(items.get(1))).isEqualTo(new ItemFact.Module(true, false));
            assertThat(facts.get(items.get(3))).isEqualTo(new ItemFact.Quiz(true, true));
            assertThat(facts.get(items.get(4))).isEqualTo(new ItemFact.Quiz(true, false));
            // The capped 60 does not count; the best uncapped session does.
            assertThat(facts.get(items.get(6))).isEqualTo(new ItemFact.Scenario(55, false));
            assertThat(facts.get(items.get(7))).isEqualTo(new ItemFact.Scenario(58, true));

            Map<ItemKey, ItemFact> none = db.apply(em -> Owners.courseItems(em).facts(other, List.of(items.get(0))));
            assertThat(none).isEmpty();

            db.apply(em -> {
                assertThat(Owners.reading(em).completedPerOfficer(Set.of("petition-basics", "six-taboos")))
                        .containsExactly(Map.entry(officer, 1L));
                assertThat(Owners.quizzes(em).passedPerOfficer(Set.of("petition-basics", "six-taboos")))
                        .containsExactly(Map.entry(officer, 1L));
                assertThat(Owners.rolePlays(em).bestUncapped(Set.of("first-time-land", "probing-cadre")))
                        .as("the capped 60 and the capped 58 do not count")
                        .containsExactly(new OfficerScore(officer, "first-time-land", 55));
                assertThat(Owners.reading(em).startedBy(Set.of("visitor-psychology")))
                        .containsExactly(other);
                assertThat(Owners.quizzes(em).startedBy(Set.of("six-taboos"))).containsExactly(officer);
                assertThat(Owners.rolePlays(em).finishedBy(Set.of("probing-cadre")))
                        .containsExactly(officer);
                assertThat(Owners.rolePlays(em).finishedBy(Set.of())).isEmpty();
                assertThat(Owners.reading(em).events(officer, null, null))
                        .extracting(ReadingEvent::moduleKey, e -> e.completedAt() != null)
                        .containsExactlyInAnyOrder(tuple("petition-basics", true), tuple("six-taboos", false));
                assertThat(Owners.reading(em).events(null, T0.plusSeconds(1), null))
                        .isEmpty();
                assertThat(Owners.courseItems(em).titles())
                        .containsKeys(items.get(0), items.get(6))
                        .doesNotContainKey(items.get(3));
                return null;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theLastActivityOfEachOfficerIsTheLatestReadingAttemptOrSessionAmongTheCourseItems(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            Owners.importShippedContent(db, CLOCK);
            long officer = user(db, "o1");
            long other = user(db, "o2");
            Instant read = T0.plusSeconds(3600);
            Instant later = T0.plusSeconds(7200);
            try (Connection c = db.connection()) {
                long basics = id(c, "select id from learning_module where module_key = 'petition-basics'");
                long taboos = id(c, "select id from learning_module where module_key = 'six-taboos'");
                String progress = "insert into module_progress (user_id, module_id, seconds_spent, started_at,"
                        + " updated_at, completed_at) values (?, ?, 0, ?, ?, null)";
                update(c, progress, officer, basics, ts(T0), ts(T0));
                update(c, progress, officer, taboos, ts(T0), ts(read));
                update(c, progress, other, basics, ts(T0), ts(later));
                attempt(c, officer, "six-taboos", 1, false);
                update(c, "update quiz_attempt set last_activity_at = ? where user_id = ?", ts(later), officer);
                long version = id(
                        c,
                        "select v.id from scenario_version v join scenario s on v.scenario_id = s.id"
                                + " where s.scenario_key = 'first-time-land'");
                session(c, other, version, 40, "", false);
                update(c, "update roleplay_session set finished_at = ? where user_id = ?", ts(read), other);
            }
            db.apply(em -> {
                assertThat(Owners.reading(em).lastReadPerOfficer(Set.of("petition-basics", "six-taboos")))
                        .as("the latest of two modules, per officer")
                        .containsOnly(Map.entry(officer, read), Map.entry(other, later));
                assertThat(Owners.reading(em).lastReadPerOfficer(Set.of("six-taboos")))
                        .containsOnly(Map.entry(officer, read));
                assertThat(Owners.quizzes(em).lastActivityPerOfficer(Set.of("six-taboos")))
                        .containsOnly(Map.entry(officer, later));
                assertThat(Owners.quizzes(em).lastActivityPerOfficer(Set.of("petition-basics")))
                        .isEmpty();
                assertThat(Owners.rolePlays(em).lastActivityPerOfficer(Set.of("first-time-land")))
                        .as("a finished session counts from its end")
                        .containsOnly(Map.entry(other, read));
                assertThat(Owners.rolePlays(em).lastActivityPerOfficer(Set.of()))
                        .isEmpty();
                return null;
            });
        }
    }

    private static long user(TestDatabase db, String username) {
        return db.apply(em -> {
            User u = new User(username, username, "h", List.of(Role.OFFICER), T0);
            em.persist(u);
            em.flush();
            return u.getId();
        });
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static long id(Connection c, String sql) throws Exception {
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static void attempt(Connection c, long user, String quiz, int no, boolean passed) throws Exception {
        update(
                c,
                "insert into quiz_attempt (quiz_key, user_id, attempt_no, seed, questions, question_count, pass_percent,"
                        + " started_at, last_activity_at, submitted_at, score_percent, passed)"
                        + " values (?, ?, ?, 1, '', 1, 60, ?, ?, ?, ?, ?)",
                quiz,
                user,
                no,
                ts(T0),
                ts(T0),
                ts(T0),
                passed ? 100.0 : 0.0,
                passed);
    }

    private static void session(Connection c, long user, long version, int points, String taboos, boolean capped)
            throws Exception {
        update(
                c,
                "insert into roleplay_session (user_id, scenario_version_id, started_at, finished_at, ending_key,"
                        + " outcome, points, grade, capped_by_taboo) values (?, ?, ?, ?, 'end', 'SETTLED', ?, 'C', ?)",
                user,
                version,
                ts(T0),
                ts(T0),
                points,
                capped);
        long session = id(c, "select max(id) from roleplay_session");
        update(
                c,
                "insert into roleplay_turn (session_id, turn_no, node_key, choice_index, words, quality_deltas, taboos,"
                        + " agitation_delta, trust_delta, agitation_after, trust_after, moved_to, by_transition, seconds_taken,"
                        + " taken_at) values (?, 1, 'start', 0, 'w', '', ?, 0, 0, 50, 50, 'end', false, 5, ?)",
                session,
                taboos,
                ts(T0));
    }
}
