package academy.xinfang.progress.persistence;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.SourceFolder;
import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.account.domain.Department;
import academy.xinfang.account.domain.DepartmentKind;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.content.application.ContentFolder;
import academy.xinfang.content.application.ModuleImporter;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.persistence.ModuleRepository;
import academy.xinfang.progress.application.CourseImportReport;
import academy.xinfang.progress.application.CourseImporter;
import academy.xinfang.progress.domain.AssignmentScope;
import academy.xinfang.progress.domain.Cohort;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.domain.CourseVersion;
import academy.xinfang.progress.domain.ItemFact;
import academy.xinfang.progress.domain.ItemKey;
import academy.xinfang.progress.domain.ItemType;
import academy.xinfang.quiz.application.BankImporter;
import academy.xinfang.quiz.domain.BankFiles;
import academy.xinfang.quiz.persistence.QuizRepository;
import academy.xinfang.roleplay.application.ScenarioFolder;
import academy.xinfang.roleplay.application.ScenarioImporter;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import academy.xinfang.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Courses, assignments and the facts progress is computed from, on a real database (H2 and MariaDB). */
class ProgressRepositoryTest {
    private static final Instant T0 = TestClock.NOW;
    private static final Clock CLOCK = TestClock.at(T0);

    /** The real modules, banks and scenarios, online as at startup, so course references can be checked. */
    private static void importContent(TestDatabase db) throws Exception {
        ContentFolder.Result modules = ContentFolder.read(Path.of("content"));
        db.apply(em -> new ModuleImporter(new ModuleRepository(em), new MarkdownRenderer(), CLOCK)
                .importAll(modules.files(), modules.problems()));
        List<Path> banks;
        try (Stream<Path> list = Files.list(Path.of("quizzes"))) {
            banks = list.filter(p -> p.toString().endsWith(".gift")).sorted().toList();
        }
        for (Path bank : banks) {
            String name = bank.getFileName().toString();
            String text = TestFiles.read(bank);
            db.apply(em -> new BankImporter(new QuizRepository(em))
                    .importText(name, BankFiles.keyOf(name).orElseThrow(), text, null, T0));
        }
        ScenarioFolder.Result scenarios = ScenarioFolder.read(Path.of("quizzes", "scenarios"));
        db.apply(em -> new ScenarioImporter(new RolePlayRepository(em), CLOCK)
                .importAll(scenarios.files(), scenarios.problems()));
    }

    private static CourseImportReport importCourses(TestDatabase db, SourceFolder.SourceFile... files) {
        return db.apply(em -> new CourseImporter(new ProgressRepository(em), CLOCK).importAll(List.of(files), List.of()));
    }

    private static SourceFolder.SourceFile shipped(String name) throws Exception {
        return new SourceFolder.SourceFile(name, TestFiles.read("content", "courses", name));
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void theShippedCoursesImportOnceAndABrokenOrUnknownReferenceKeepsTheVersionFollowed(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importContent(db);
            SourceFolder.SourceFile induction = shipped("induction.yaml");
            CourseImportReport first = importCourses(db, induction, shipped("annual-refresher.yaml"));
            assertThat(first.problems()).isEmpty();
            assertThat(first.added()).isEqualTo(2);

            CourseImportReport again = importCourses(db, induction);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(again.added() + again.updated()).isZero();

            String unknown = induction.text().replace("ref: probing-cadre", "ref: no-such-scenario");
            String broken = induction.text().replace("threshold: 60", "threshold: 160");
            CourseImportReport refused = importCourses(db, new SourceFolder.SourceFile("induction.yaml", unknown));
            assertThat(refused.refused()).isEqualTo(1);
            assertThat(refused.problems()).extracting(ImportProblem::key).containsExactly("course.unknownReference");
            assertThat(refused.problems().get(0).line()).isPositive();
            CourseImportReport refused2 = importCourses(db, new SourceFolder.SourceFile("induction.yaml", broken));
            assertThat(refused2.problems()).extracting(ImportProblem::key).contains("course.thresholdOutOfRange");

            List<CourseVersion> versions = db.apply(em -> new ProgressRepository(em).versionsOf("induction"));
            assertThat(versions).hasSize(1);

            String retitled = induction.text().replace("Induction for new petition officers", "Induction (revised)");
            assertThat(importCourses(db, new SourceFolder.SourceFile("induction.yaml", retitled)).updated()).isEqualTo(1);
            CourseVersion current = db.apply(em -> new ProgressRepository(em).currentVersion("induction").orElseThrow());
            assertThat(current.getVersionNo()).isEqualTo(2);
            assertThat(current.getTitleEn()).isEqualTo("Induction (revised)");
            assertThat(current.parse().items()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void assignmentsReachingAnOfficerAreFoundThroughTheirDepartmentsAboveTheirCohortsAndThemselves(TestDatabase.Kind kind)
            throws Exception {
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
                ProgressRepository repo = new ProgressRepository(em);
                Cohort c = repo.add(new Cohort("2026 新任", T0));
                c.add(officer);
                Instant deadline = T0.plusSeconds(86_400 * 30);
                repo.add(CourseAssignment.toDepartment("induction", ids[1], T0, deadline, "admin", T0));
                repo.add(CourseAssignment.toDepartment("annual-refresher", ids[3], T0, null, "admin", T0));
                repo.add(CourseAssignment.toCohort("annual-refresher", c.getId(), T0, null, "admin", T0));
                em.flush();
                return c.getId();
            });
            db.apply(em -> {
                ProgressRepository repo = new ProgressRepository(em);
                assertThat(repo.cohortsOf(officer)).containsExactly(cohort);
                assertThat(repo.cohortSizes()).containsEntry(cohort, 1L);
                assertThat(repo.departmentOf(officer)).contains(ids[2]);
                List<AssignmentScope.Link> links = repo.departmentLinks();
                assertThat(links).contains(new AssignmentScope.Link(ids[2], ids[1]), new AssignmentScope.Link(ids[0], null));
                List<CourseAssignment> reaching = repo.assignmentsReaching(officer, List.of(ids[2], ids[1], ids[0]),
                        repo.cohortsOf(officer));
                assertThat(reaching).extracting(CourseAssignment::getCourseKey, CourseAssignment::getKind)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("induction", CourseAssignment.Kind.DEPARTMENT),
                                org.assertj.core.groups.Tuple.tuple("annual-refresher", CourseAssignment.Kind.COHORT));
                assertThat(repo.assignmentsReaching(officer, List.of(), List.of())).isEmpty();
                assertThat(repo.officersReached(List.of(ids[2]), List.of(), List.of())).hasSize(1);
                assertThat(repo.officersReached(List.of(), List.of(cohort), List.of())).hasSize(1);
                assertThat(repo.officersReached(List.of(), List.of(), List.of(officer))).hasSize(1);
                assertThat(repo.officersReached(List.of(ids[3]), List.of(), List.of())).isEmpty();
                assertThat(repo.assignmentsOf("annual-refresher")).hasSize(2);
                assertThat(repo.departmentChain(ids[2])).containsExactly(new AssignmentScope.Link(ids[2], ids[1]),
                        new AssignmentScope.Link(ids[1], ids[0]), new AssignmentScope.Link(ids[0], null));
                assertThat(repo.cohortMembers()).hasSize(1);
                assertThat(repo.cohortMembers().get(0)).containsExactly(cohort, "o1");
                assertThat(repo.assignmentRows()).extracting(row -> row[3], row -> row[4])
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "2026 新任"),
                                org.assertj.core.groups.Tuple.tuple("乡", null),
                                org.assertj.core.groups.Tuple.tuple("镇", null));
                return null;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void factsAreReadFromReadingQuizAttemptsAndRolePlaySessionsAndACappingTabooDoesNotCount(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabases.open(kind)) {
            importContent(db);
            long officer = user(db, "o1");
            long other = user(db, "o2");
            try (Connection c = db.connection()) {
                long basics = id(c, "select id from learning_module where module_key = 'petition-basics'");
                long taboos = id(c, "select id from learning_module where module_key = 'six-taboos'");
                long visitor = id(c, "select id from learning_module where module_key = 'visitor-psychology'");
                update(c, "insert into module_progress (user_id, module_id, seconds_spent, started_at, updated_at,"
                        + " completed_at) values (?, ?, 0, ?, ?, ?)", officer, basics, ts(T0), ts(T0), ts(T0));
                update(c, "insert into module_progress (user_id, module_id, seconds_spent, started_at, updated_at,"
                        + " completed_at) values (?, ?, 0, ?, ?, null)", officer, taboos, ts(T0), ts(T0));
                update(c, "insert into module_progress (user_id, module_id, seconds_spent, started_at, updated_at,"
                        + " completed_at) values (?, ?, 0, ?, ?, ?)", other, visitor, ts(T0), ts(T0), ts(T0));
                attempt(c, officer, "petition-basics", 1, false);
                attempt(c, officer, "petition-basics", 2, true);
                attempt(c, officer, "six-taboos", 1, false);
                long version = id(c, "select v.id from scenario_version v join scenario s on v.scenario_id = s.id"
                        + " where s.scenario_key = 'first-time-land'");
                long version2 = id(c, "select v.id from scenario_version v join scenario s on v.scenario_id = s.id"
                        + " where s.scenario_key = 'probing-cadre'");
                // capped as the role-play scoring stores it (RolePlayScore.cappedByTaboo)
                session(c, officer, version, 60, "HARSH_ATTITUDE", true);
                session(c, officer, version, 55, "", false);
                session(c, officer, version2, 58, "CARELESS_PROMISE,BUCK_PASSING", true);
            }
            List<ItemKey> items = List.of(new ItemKey(ItemType.MODULE, "petition-basics"),
                    new ItemKey(ItemType.MODULE, "six-taboos"), new ItemKey(ItemType.MODULE, "visitor-psychology"),
                    new ItemKey(ItemType.QUIZ, "petition-basics"), new ItemKey(ItemType.QUIZ, "six-taboos"),
                    new ItemKey(ItemType.QUIZ, "visitor-psychology"),
                    new ItemKey(ItemType.SCENARIO, "first-time-land"), new ItemKey(ItemType.SCENARIO, "probing-cadre"));
            Map<ItemKey, ItemFact> facts = db.apply(em -> new ProgressRepository(em).facts(officer, items));
            assertThat(facts).containsOnlyKeys(items.get(0), items.get(1), items.get(3), items.get(4), items.get(6),
                    items.get(7));
            assertThat(facts.get(items.get(0))).isEqualTo(new ItemFact.Module(true, true));
            assertThat(facts.get(items.get(1))).isEqualTo(new ItemFact.Module(true, false));
            assertThat(facts.get(items.get(3))).isEqualTo(new ItemFact.Quiz(true, true));
            assertThat(facts.get(items.get(4))).isEqualTo(new ItemFact.Quiz(true, false));
            // The capped 60 does not count; the best uncapped session does.
            assertThat(facts.get(items.get(6))).isEqualTo(new ItemFact.Scenario(55, false));
            assertThat(facts.get(items.get(7))).isEqualTo(new ItemFact.Scenario(58, true));

            Map<ItemKey, ItemFact> none = db.apply(em -> new ProgressRepository(em).facts(other, List.of(items.get(0))));
            assertThat(none).isEmpty();

            db.apply(em -> {
                ProgressRepository repo = new ProgressRepository(em);
                assertThat(repo.modulesCompleted(java.util.Set.of("petition-basics", "six-taboos")))
                        .containsExactly(Map.entry(officer, 1L));
                assertThat(repo.quizzesPassed(java.util.Set.of("petition-basics", "six-taboos")))
                        .containsExactly(Map.entry(officer, 1L));
                assertThat(repo.scenarioPassed("first-time-land", 55)).containsExactly(officer);
                assertThat(repo.scenarioPassed("first-time-land", 56)).as("the capped 60 does not count").isEmpty();
                assertThat(repo.scenarioPassed("probing-cadre", 0)).isEmpty();
                assertThat(repo.startedAny(java.util.Set.of("visitor-psychology"), java.util.Set.of(), java.util.Set.of()))
                        .containsExactly(other);
                assertThat(repo.startedAny(java.util.Set.of(), java.util.Set.of("six-taboos"),
                        java.util.Set.of("probing-cadre"))).containsExactly(officer);
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
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
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
        update(c, "insert into quiz_attempt (quiz_key, user_id, attempt_no, seed, questions, question_count, pass_percent,"
                + " started_at, last_activity_at, submitted_at, score_percent, passed)"
                + " values (?, ?, ?, 1, '', 1, 60, ?, ?, ?, ?, ?)", quiz, user, no, ts(T0), ts(T0), ts(T0),
                passed ? 100.0 : 0.0, passed);
    }

    private static void session(Connection c, long user, long version, int points, String taboos, boolean capped)
            throws Exception {
        update(c, "insert into roleplay_session (user_id, scenario_version_id, started_at, finished_at, ending_key,"
                + " outcome, points, grade, capped_by_taboo) values (?, ?, ?, ?, 'end', 'SETTLED', ?, 'C', ?)", user,
                version, ts(T0), ts(T0), points, capped);
        long session = id(c, "select max(id) from roleplay_session");
        update(c, "insert into roleplay_turn (session_id, turn_no, node_key, choice_index, words, quality_deltas, taboos,"
                + " agitation_delta, trust_delta, agitation_after, trust_after, moved_to, by_transition, seconds_taken,"
                + " taken_at) values (?, 1, 'start', 0, 'w', '', ?, 0, 0, 50, 50, 'end', false, 5, ?)", session, taboos,
                ts(T0));
    }
}
