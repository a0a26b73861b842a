package academy.xinfang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Nodes starting together import in turn: on MariaDB a second node waits for the first; H2 needs no lock. */
class StartupLockTest {
    private final String name = "academy.test." + UUID.randomUUID();

    @Test
    void onMariaDbASecondNodeWaitsUntilTheFirstIsDone() throws Exception {
        try (TestDatabases.EmptyDatabase db = TestDatabases.emptyMariaDb()) {
            AcademyDataSource ds = dataSource(db.url(), db.user(), db.password());

            try (StartupLock first = StartupLock.take(ds, name, Duration.ofSeconds(5))) {
                assertThat(first.held()).isTrue();
                try (StartupLock second = StartupLock.take(ds, name, Duration.ofSeconds(1))) {
                    assertThat(second.held())
                            .as("taken while the first holds it")
                            .isFalse();
                }
            }
            try (StartupLock third = StartupLock.take(ds, name, Duration.ofSeconds(1))) {
                assertThat(third.held()).as("taken after the first let go").isTrue();
            }
        }
    }

    @Test
    void onMariaDbWorkRunsWhileItsNodeHoldsTheLock() throws Exception {
        try (TestDatabases.EmptyDatabase db = TestDatabases.emptyMariaDb()) {
            AcademyDataSource ds = dataSource(db.url(), db.user(), db.password());
            List<Boolean> othersGotIt = new ArrayList<>();

            StartupLock.runAlone(ds, name, Duration.ofSeconds(5), () -> {
                try (StartupLock other = StartupLock.take(ds, name, Duration.ofSeconds(1))) {
                    othersGotIt.add(other.held());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(othersGotIt).containsExactly(false);
            try (StartupLock after = StartupLock.take(ds, name, Duration.ofSeconds(1))) {
                assertThat(after.held()).as("let go when the work returned").isTrue();
            }
        }
    }

    @Test
    void onH2NothingIsLockedAndNothingWaits() throws Exception {
        AcademyDataSource ds = dataSource("jdbc:h2:mem:lock" + UUID.randomUUID() + ";MODE=LEGACY", "academy", "");

        try (StartupLock first = StartupLock.take(ds, name, Duration.ofSeconds(5));
                StartupLock second = StartupLock.take(ds, name, Duration.ofSeconds(5))) {
            assertThat(first.held()).isFalse();
            assertThat(second.held()).isFalse();
        }
    }

    private static AcademyDataSource dataSource(String url, String user, String password) {
        AcademyDataSource ds = new AcademyDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
