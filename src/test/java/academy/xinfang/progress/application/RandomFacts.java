package academy.xinfang.progress.application;

import academy.xinfang.progress.domain.Course;
import academy.xinfang.progress.domain.CourseItem;
import academy.xinfang.testing.TestClock;
import academy.xinfang.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Random learning facts written straight into the owning features' tables, for the report's tests and its benchmark:
 * what officers did is the input there, not what is being tested.
 */
final class RandomFacts {
    private RandomFacts() {}

    /** Per officer and item: nothing, started, or done (for scenarios a score, sometimes with a capping taboo). */
    static void insert(TestDatabase db, Course course, Iterable<Long> officers, Random random) throws Exception {
        Timestamp t = Timestamp.from(TestClock.NOW);
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            Map<String, Long> modules = ids(c, "select module_key, id from learning_module");
            Map<String, Long> scenarios = ids(
                    c,
                    "select s.scenario_key, v.id from scenario s join scenario_version v"
                            + " on v.id = s.current_version_id");
            for (long user : officers) {
                // A fifth do nothing, a fifth do everything (so some complete), the rest do parts.
                int kind = random.nextInt(5);
                boolean diligent = kind == 1;
                for (CourseItem item : course.items()) {
                    int roll = kind == 0 ? 0 : diligent ? 2 : random.nextInt(3);
                    if (roll == 0) {
                        continue;
                    }
                    switch (item.type()) {
                        case MODULE ->
                            update(
                                    c,
                                    "insert into module_progress (user_id, module_id, seconds_spent,"
                                            + " started_at, updated_at, completed_at) values (?, ?, 0, ?, ?, ?)",
                                    user,
                                    modules.get(item.ref()),
                                    t,
                                    t,
                                    roll == 2 ? t : null);
                        case QUIZ ->
                            update(
                                    c,
                                    "insert into quiz_attempt (quiz_key, user_id, attempt_no, seed, questions,"
                                            + " question_count, pass_percent, started_at, last_activity_at, submitted_at,"
                                            + " score_percent, passed) values (?, ?, 1, 1, '', 1, 60, ?, ?, ?, ?, ?)",
                                    item.ref(),
                                    user,
                                    t,
                                    t,
                                    t,
                                    roll == 2 ? 100.0 : 10.0,
                                    roll == 2);
                        case SCENARIO -> {
                            int points = roll == 2 ? 60 + random.nextInt(41) : random.nextInt(60);
                            String taboos = !diligent && random.nextInt(3) == 0 ? "HARSH_ATTITUDE" : "";
                            update(
                                    c,
                                    "insert into roleplay_session (user_id, scenario_version_id, started_at,"
                                            + " finished_at, ending_key, outcome, points, grade, capped_by_taboo) values (?, ?,"
                                            + " ?, ?, 'end', 'SETTLED', ?, 'C', ?)",
                                    user,
                                    scenarios.get(item.ref()),
                                    t,
                                    t,
                                    points,
                                    !taboos.isEmpty());
                            long session;
                            try (var s = c.createStatement();
                                    var rs = s.executeQuery("select max(id) from roleplay_session")) {
                                rs.next();
                                session = rs.getLong(1);
                            }
                            update(
                                    c,
                                    "insert into roleplay_turn (session_id, turn_no, node_key, choice_index, words,"
                                            + " quality_deltas, taboos, agitation_delta, trust_delta, agitation_after, trust_after,"
                                            + " moved_to, by_transition, seconds_taken, taken_at) values (?, 1, 'start', 0, 'w',"
                                            + " '', ?, 0, 0, 50, 50, 'end', false, 5, ?)",
                                    session,
                                    taboos,
                                    t);
                        }
                    }
                }
            }
            c.commit();
        }
    }

    private static Map<String, Long> ids(Connection c, String sql) throws Exception {
        Map<String, Long> ids = new HashMap<>();
        try (var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }

    private static void update(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
