package academy.xinfang.roleplay.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.PeopleRepository;
import academy.xinfang.roleplay.domain.ReplyScorer;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import academy.xinfang.testing.TestFiles;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/** Scenario texts, users and a player bound to one transaction of a test database. */
final class PlayFixtures {
    static final Instant T0 = TestClock.NOW;
    /** The shipped lexicons' scorer, as the server loads it. */
    static final ReplyScorer SCORER = LexiconCache.load(Path.of("quizzes", "lexicons"));

    private PlayFixtures() {}

    static Clock clock() {
        return TestClock.at(T0);
    }

    static String text(String name) {
        return TestFiles.resource("/roleplay-fixtures/" + name);
    }

    static long user(TestDatabase db, String username) {
        return db.apply(em -> {
            User u = new User(username, username, "h", List.of(Role.OFFICER), T0);
            em.persist(u);
            em.flush();
            return u.getId();
        });
    }

    /** Names of users, as the account feature gives them to role-play. */
    static People people(EntityManager em) {
        return new People(new PeopleRepository(em));
    }

    /** A player whose every call runs in its own committed transaction, as the service's would. */
    static Player player(TestDatabase db) {
        return player(db, clock());
    }

    static Player player(TestDatabase db, Clock clock) {
        return new Player(db, clock, null);
    }

    /** A player whose sessions all start with {@code seed}, so the order replies are shown in is known. */
    static Player player(TestDatabase db, long seed) {
        return new Player(db, clock(), seed);
    }

    static final class Player {
        private final TestDatabase db;
        private final Clock clock;
        private final Long seed;

        Player(TestDatabase db, Clock clock, Long seed) {
            this.db = db;
            this.clock = clock;
            this.seed = seed;
        }

        <T> T call(Function<SessionPlayer, T> work) {
            return db.apply(em -> work.apply(
                    seed == null
                            ? new SessionPlayer(new RolePlayRepository(em), ScenarioCache::parse, clock)
                            : new SessionPlayer(
                                    new RolePlayRepository(em),
                                    ScenarioCache::parse,
                                    clock,
                                    () -> {
                                        throw new RolePlayException("roleplay.noLexicons");
                                    },
                                    () -> seed)));
        }

        long start(long userId, String key) {
            return call(p -> p.start(userId, key));
        }

        boolean choose(long userId, long sessionId, int turnsTaken, int choice) {
            return call(p -> p.choose(userId, sessionId, turnsTaken, choice));
        }

        PlayView view(long userId, long sessionId) {
            return call(p -> p.view(userId, sessionId));
        }

        ScoreCard scoreCard(long userId, long sessionId) {
            return call(p -> p.scoreCard(userId, sessionId));
        }

        ScenarioAnalysis analysis(String key) {
            return call(p -> p.analysis(key));
        }
    }

    /** A clock the test moves forward, to check the seconds taken per reply. */
    static final class MovingClock extends Clock {
        private Instant now = T0;

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
