package academy.xinfang.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/**
 * The databases every repository test runs on: H2 always, MariaDB when a server is reachable. With {@code CI=true}
 * or {@code -Dacademy.mariadb=true} MariaDB is required and an unreachable server fails the test; otherwise a missing
 * server skips the MariaDB cases with a loud message. Server URL and credentials: {@code academy.mariadb.url}
 * (default {@code jdbc:mysql://127.0.0.1:3306/}), {@code academy.mariadb.user}, {@code academy.mariadb.password}
 * (default {@code academy}/{@code academy}).
 */
public final class TestDatabases {
    private static final String URL = System.getProperty("academy.mariadb.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("academy.mariadb.user", "academy");
    private static final String PASSWORD = System.getProperty("academy.mariadb.password", "academy");
    private static volatile String unavailableReason;
    private static volatile boolean probed;

    private TestDatabases() {}

    /** Argument source for {@code @ParameterizedTest @MethodSource("academy.xinfang.testing.TestDatabases#kinds")}. */
    public static Stream<Named<TestDatabase.Kind>> kinds() {
        return Stream.of(Named.of("H2", TestDatabase.Kind.H2), Named.of("MariaDB", TestDatabase.Kind.MARIADB));
    }

    /** A fresh migrated database of the given kind (skips or fails as described above when MariaDB is missing). */
    public static TestDatabase open(TestDatabase.Kind kind) {
        if (kind == TestDatabase.Kind.H2) {
            return TestDatabase.h2();
        }
        requireMariaDb();
        return TestDatabase.mariaDb(URL, USER, PASSWORD);
    }

    private static void requireMariaDb() {
        String reason = probe();
        if (reason != null) {
            if (required()) {
                throw new IllegalStateException("MariaDB is required (CI=true or academy.mariadb=true) but " + reason);
            }
            Assumptions.abort("MariaDB suite skipped: " + reason);
        }
    }

    /** An empty utf8mb4 database on the MariaDB server, for a server test that must migrate it itself. */
    public static EmptyDatabase emptyMariaDb() {
        requireMariaDb();
        String name = "e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String base = URL.endsWith("/") ? URL : URL + "/";
        return new EmptyDatabase(base + name, USER, PASSWORD, name);
    }

    /** A database created for one test and dropped after it. */
    public record EmptyDatabase(String url, String user, String password, String name) implements AutoCloseable {
        public Connection connection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public void close() {
            execute("DROP DATABASE " + name);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
                var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + URL + ": " + e.getMessage(), e);
        }
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("academy.mariadb");
    }

    private static synchronized String probe() {
        if (!probed) {
            probed = true;
            try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
                c.isValid(2);
            } catch (Exception e) {
                unavailableReason = "no MariaDB at " + URL + " (" + e.getMessage() + ")";
                if (!required()) {
                    System.err.println("\n*** MARIADB REPOSITORY TESTS SKIPPED: " + unavailableReason
                            + "\n*** start MariaDB (see .ci/run) or run in CI to include them.\n");
                }
            }
        }
        return unavailableReason;
    }
}
