package academy.xinfang.progress.application;

import academy.xinfang.account.application.People;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.progress.domain.DepartmentInsights;
import academy.xinfang.progress.export.ReportTable;
import academy.xinfang.quiz.application.ParsedBank;
import academy.xinfang.quiz.application.QuizCatalog;
import academy.xinfang.quiz.application.QuizResults;
import academy.xinfang.quiz.domain.Question;
import academy.xinfang.quiz.domain.TagTotal;
import academy.xinfang.roleplay.application.RolePlayResults;
import academy.xinfang.roleplay.domain.QualityTotal;
import academy.xinfang.roleplay.domain.TabooCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The seven qualities and six taboos per department for administrators, one level of the tree at a time. Six
 * aggregate queries, each asked of the feature that owns the table: the departments, officers per department and every
 * user's department (account), quality sums and taboo counts per officer (role-play, after any trainer's override),
 * answer score sums per officer and tag (quiz, told the tags of each question); the per-officer sums are added up per
 * department here.
 */
@Stateless
@RolesAllowed("ADMIN")
public class InsightsService {
    private static final Logger LOG = Logger.getLogger(InsightsService.class.getName());
    public static final List<Tag> QUALITIES = Tag.ofKind(TagKind.QUALITY);
    public static final List<Tag> TABOOS = Tag.ofKind(TagKind.TABOO);

    /** A department on the way from the top to the one in focus, for the breadcrumb. */
    public record Crumb(long id, String name) implements Serializable {}

    public record Report(List<Crumb> path, List<DepartmentInsights.Bucket> buckets) {}

    @Inject
    People people;

    @Inject
    RolePlayResults rolePlays;

    @Inject
    QuizResults quizResults;

    @Inject
    QuizCatalog quizzes;

    public Report report(Long focusId, Instant from, Instant to) {
        long started = System.nanoTime();
        List<DepartmentInsights.Department> departments = people.departments().stream()
                .sorted(Comparator.comparingLong(d -> d.id()))
                .map(d -> new DepartmentInsights.Department(d.id(), d.parentId(), d.name()))
                .toList();
        Map<String, Set<Tag>> tags = new HashMap<>();
        for (ParsedBank bank : quizzes.current().values()) {
            for (Question q : bank.questions()) {
                tags.put(bank.questionKey(q), q.tags());
            }
        }
        Map<Long, Long> departmentOf = people.departmentOfEveryone();
        List<DepartmentInsights.QualityRow> qualities = new ArrayList<>();
        for (QualityTotal q : rolePlays.qualityTotals(from, to)) {
            Long d = departmentOf.get(q.userId());
            if (d != null) {
                qualities.add(new DepartmentInsights.QualityRow(d, q.quality(), q.scoreSum(), q.sessions()));
            }
        }
        List<DepartmentInsights.TabooRow> taboos = new ArrayList<>();
        for (TabooCount t : rolePlays.tabooCounts(from, to)) {
            Long d = departmentOf.get(t.userId());
            if (d != null) {
                taboos.add(new DepartmentInsights.TabooRow(d, t.taboos(), t.turns()));
            }
        }
        List<DepartmentInsights.AnswerRow> answers = new ArrayList<>();
        for (TagTotal a : quizResults.tagTotals(tags, from, to)) {
            Long d = departmentOf.get(a.userId());
            if (d != null) {
                answers.add(new DepartmentInsights.AnswerRow(d, a.tag(), a.scoreSum(), a.answers()));
            }
        }
        List<DepartmentInsights.Bucket> buckets = DepartmentInsights.compute(
                departments, focusId, people.officersPerDepartment(), qualities, taboos, answers);
        LOG.info(() -> "event=insights.report focus=" + focusId + " ms=" + (System.nanoTime() - started) / 1_000_000);
        return new Report(path(departments, focusId), buckets);
    }

    /** The report as a table for CSV and XLSX: one row per department, quality scores and taboo counts. */
    public ReportTable table(Report report, Function<String, String> label) {
        List<String> columns =
                new ArrayList<>(List.of(label.apply("insights.department"), label.apply("insights.officers")));
        QUALITIES.forEach(t -> columns.add(label.apply("tag." + t)));
        TABOOS.forEach(t -> columns.add(label.apply("tag." + t)));
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentInsights.Bucket b : report.buckets()) {
            List<Object> row = new ArrayList<>(List.of(b.name(), b.officers()));
            QUALITIES.forEach(t ->
                    row.add(b.qualities().containsKey(t) ? round(b.qualities().get(t)) : null));
            TABOOS.forEach(t -> row.add(round(b.taboos().getOrDefault(t, 0.0))));
            rows.add(row);
        }
        return new ReportTable(columns, rows);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static List<Crumb> path(List<DepartmentInsights.Department> departments, Long focusId) {
        Map<Long, DepartmentInsights.Department> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id(), d));
        List<Crumb> path = new ArrayList<>();
        Long current = focusId;
        while (current != null && byId.containsKey(current) && path.size() <= byId.size()) {
            DepartmentInsights.Department d = byId.get(current);
            path.add(new Crumb(d.id(), d.name()));
            current = d.parentId();
        }
        Collections.reverse(path);
        return path;
    }
}
