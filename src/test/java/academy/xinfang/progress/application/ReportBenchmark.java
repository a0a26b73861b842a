package academy.xinfang.progress.application;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.importing.FileSet;
import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseAssignment;
import academy.xinfang.progress.persistence.AssignmentRepository;
import academy.xinfang.progress.persistence.CourseRepository;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The department report over a generated county of 10,000 officers (20 townships of 5 departments each), every officer
 * with random progress on the induction course. Prints the median and maximum time of the county-level report and of a
 * township drill-down. Runs only when asked:
 * {@code ./mvnw -q test -Dtest=ReportBenchmark [-Dacademy.benchmark.officers=10000]} (not a *Test, so the suite leaves it out).
 */
class ReportBenchmark {

    @ParameterizedTest
    @MethodSource("academy.xinfang.testing.TestDatabases#kinds")
    void departmentReportOverTenThousandOfficers(TestDatabase.Kind kind) throws Exception {
        int officers = Integer.getInteger("academy.benchmark.officers", 10_000);
        try (TestDatabase db = TestDatabases.open(kind)) {
            Owners.importShippedContent(db, TestClock.FIXED);
            FileSet.Read courses = CourseSource.FILES.read(Path.of("content", "courses"));
            db.apply(em -> Owners.courseImporter(em, TestClock.FIXED).importAll(courses.files(), List.of()));
            long county;
            List<Long> townships = new ArrayList<>();
            List<Long> userIds = new ArrayList<>();
            Timestamp t = Timestamp.from(TestClock.NOW);
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                county = insertDepartment(c, "C", null, "COUNTY");
                List<Long> leaves = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    long township = insertDepartment(c, "T" + i, county, "TOWNSHIP");
                    townships.add(township);
                    for (int j = 0; j < 5; j++) {
                        leaves.add(insertDepartment(c, "T" + i + "D" + j, township, "DEPARTMENT"));
                    }
                }
                Random random = new Random(11);
                try (PreparedStatement u = c.prepareStatement(
                        "insert into app_user (username, display_name,"
                                + " password_hash, department_id, enabled, created_at) values (?, ?, 'h', ?, true, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    for (int i = 0; i < officers; i++) {
                        u.setString(1, "b" + i);
                        u.setString(2, "学员" + i);
                        u.setLong(3, leaves.get(random.nextInt(leaves.size())));
                        u.setTimestamp(4, t);
                        u.addBatch();
                    }
                    u.executeBatch();
                }
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select id from app_user")) {
                    while (rs.next()) {
                        userIds.add(rs.getLong(1));
                    }
                }
                try (PreparedStatement r =
                        c.prepareStatement("insert into user_role (user_id, role) values (?, 'OFFICER')")) {
                    for (long id : userIds) {
                        r.setLong(1, id);
                        r.addBatch();
                    }
                    r.executeBatch();
                }
                c.commit();
            }
            long top = county;
            db.apply(em -> new AssignmentRepository(em)
                    .add(CourseAssignment.toDepartment(
                            "induction",
                            top,
                            Instant.parse("2026-09-01T00:00:00Z"),
                            Instant.parse("2026-12-31T00:00:00Z"),
                            "admin",
                            TestClock.NOW)));
            Course course = db.apply(em -> new CourseRepository(em)
                    .currentVersion("induction")
                    .orElseThrow()
                    .parse());
            RandomFacts.insert(db, course, userIds, new Random(5));

            CourseCache cache = new CourseCache();
            long[] countyTimes = new long[7];
            long[] townshipTimes = new long[7];
            for (int run = 0; run < countyTimes.length; run++) {
                long start = System.nanoTime();
                CompletionReport report = db.apply(
                        em -> Owners.reportService(em, cache, TestClock.FIXED).report("induction", top));
                countyTimes[run] = (System.nanoTime() - start) / 1_000_000;
                assertThat(report.total().total()).isEqualTo(officers);
                long township = townships.get(run % townships.size());
                start = System.nanoTime();
                db.apply(em -> Owners.reportService(em, cache, TestClock.FIXED).report("induction", township));
                townshipTimes[run] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(countyTimes);
            Arrays.sort(townshipTimes);
            System.out.printf(
                    "*** report benchmark on %s, %d officers: county median %d ms (max %d), township median"
                            + " %d ms (max %d)%n",
                    kind,
                    officers,
                    countyTimes[countyTimes.length / 2],
                    countyTimes[countyTimes.length - 1],
                    townshipTimes[townshipTimes.length / 2],
                    townshipTimes[townshipTimes.length - 1]);
        }
    }

    private static long insertDepartment(Connection c, String code, Long parent, String kind) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "insert into department (code, name, kind, parent_id)" + " values (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, code);
            s.setString(3, kind);
            s.setObject(4, parent);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
