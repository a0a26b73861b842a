package academy.xinfang.progress.persistence;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.progress.domain.DepartmentInsights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Department figures for the administrators' insights, summed by the database per department (GROUP BY), so a report
 * over a county of ten thousand officers reads hundreds of rows, not ten thousand. Native SQL, valid on H2 and
 * MySQL/MariaDB, because the figures span the tables of three features.
 */
@ApplicationScoped
public class InsightsRepository {
    @PersistenceContext(unitName = "academy")
    EntityManager em;

    protected InsightsRepository() {}

    /** For repository tests outside the container. */
    public InsightsRepository(EntityManager em) {
        this.em = em;
    }

    public List<DepartmentInsights.Department> departments() {
        List<DepartmentInsights.Department> out = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT id, parent_id, name FROM department"))) {
            out.add(new DepartmentInsights.Department(number(r[0]), r[1] == null ? null : number(r[1]), (String) r[2]));
        }
        return out;
    }

    public Map<Long, Long> officersPerDepartment() {
        Map<Long, Long> out = new HashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT u.department_id, COUNT(*) FROM app_user u"
                + " JOIN user_role r ON r.user_id = u.id WHERE r.role = 'OFFICER' AND u.department_id IS NOT NULL"
                + " GROUP BY u.department_id"))) {
            out.put(number(r[0]), number(r[1]));
        }
        return out;
    }

    public List<DepartmentInsights.QualityRow> qualityRows(Instant from, Instant to) {
        List<DepartmentInsights.QualityRow> out = new ArrayList<>();
        String sql = "SELECT u.department_id, q.quality, SUM(q.score), COUNT(*) FROM roleplay_session_quality q"
                + " JOIN roleplay_session s ON s.id = q.session_id JOIN app_user u ON u.id = s.user_id"
                + " WHERE u.department_id IS NOT NULL AND s.finished_at IS NOT NULL" + range("s.finished_at", from, to)
                + " GROUP BY u.department_id, q.quality";
        for (Object[] r : rows(bind(em.createNativeQuery(sql), from, to))) {
            Optional<Tag> tag = Tag.parse((String) r[1]);
            tag.ifPresent(t -> out.add(new DepartmentInsights.QualityRow(number(r[0]), t, decimal(r[2]), number(r[3]))));
        }
        return out;
    }

    public List<DepartmentInsights.TabooRow> tabooRows(Instant from, Instant to) {
        List<DepartmentInsights.TabooRow> out = new ArrayList<>();
        // a trainer's override of a typed reply replaces the taboos the scorer found
        String taboos = "COALESCE(t.override_taboos, t.taboos)";
        String sql = "SELECT u.department_id, " + taboos + ", COUNT(*) FROM roleplay_turn t"
                + " JOIN roleplay_session s ON s.id = t.session_id JOIN app_user u ON u.id = s.user_id"
                + " WHERE u.department_id IS NOT NULL AND " + taboos + " <> ''" + range("t.taken_at", from, to)
                + " GROUP BY u.department_id, " + taboos;
        for (Object[] r : rows(bind(em.createNativeQuery(sql), from, to))) {
            out.add(new DepartmentInsights.TabooRow(number(r[0]), (String) r[1], number(r[2])));
        }
        return out;
    }

    public List<DepartmentInsights.AnswerRow> answerRows(Instant from, Instant to) {
        List<DepartmentInsights.AnswerRow> out = new ArrayList<>();
        String sql = "SELECT u.department_id, x.question_key, SUM(x.score), COUNT(*) FROM attempt_answer x"
                + " JOIN quiz_attempt a ON a.id = x.attempt_id JOIN app_user u ON u.id = a.user_id"
                + " WHERE u.department_id IS NOT NULL AND a.submitted_at IS NOT NULL" + range("a.submitted_at", from, to)
                + " GROUP BY u.department_id, x.question_key";
        for (Object[] r : rows(bind(em.createNativeQuery(sql), from, to))) {
            out.add(new DepartmentInsights.AnswerRow(number(r[0]), (String) r[1], decimal(r[2]), number(r[3])));
        }
        return out;
    }

    private static String range(String column, Instant from, Instant to) {
        return (from == null ? "" : " AND " + column + " >= ?1") + (to == null ? "" : " AND " + column + " < ?2");
    }

    private static Query bind(Query q, Instant from, Instant to) {
        if (from != null) {
            q.setParameter(1, Timestamp.from(from));
        }
        if (to != null) {
            q.setParameter(2, Timestamp.from(to));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    private static double decimal(Object o) {
        return o == null ? 0 : ((Number) o).doubleValue();
    }
}
