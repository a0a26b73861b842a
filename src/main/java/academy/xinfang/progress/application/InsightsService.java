package academy.xinfang.progress.application;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.progress.domain.DepartmentInsights;
import academy.xinfang.progress.export.ReportTable;
import academy.xinfang.progress.persistence.InsightsRepository;
import academy.xinfang.quiz.application.ParsedBank;
import academy.xinfang.quiz.application.QuizCatalog;
import academy.xinfang.quiz.domain.Question;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The seven qualities and six taboos per department for administrators, one level of the tree at a time. */
@Stateless
@RolesAllowed("ADMIN")
public class InsightsService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InsightsService.class.getName());
    public static final List<Tag> QUALITIES = Tag.ofKind(TagKind.QUALITY);
    public static final List<Tag> TABOOS = Tag.ofKind(TagKind.TABOO);

    /** A department on the way from the top to the one in focus, for the breadcrumb. */
    public record Crumb(long id, String name) implements Serializable {}

    public record Report(List<Crumb> path, List<DepartmentInsights.Bucket> buckets) {}

    @Inject
    InsightsRepository insights;

    @Inject
    QuizCatalog quizzes;

    public Report report(Long focusId, Instant from, Instant to) {
        long started = System.nanoTime();
        List<DepartmentInsights.Department> departments = insights.departments();
        Map<String, Set<Tag>> tags = new HashMap<>();
        for (ParsedBank bank : quizzes.current().values()) {
            for (Question q : bank.questions()) {
                tags.put(bank.questionKey(q), q.tags());
            }
        }
        List<DepartmentInsights.Bucket> buckets = DepartmentInsights.compute(departments, focusId,
                insights.officersPerDepartment(), insights.qualityRows(from, to), insights.tabooRows(from, to),
                insights.answerRows(from, to), tags);
        LOG.info(() -> "event=insights.report focus=" + focusId + " ms=" + (System.nanoTime() - started) / 1_000_000);
        return new Report(path(departments, focusId), buckets);
    }

    /** The report as a table for CSV and XLSX: one row per department, quality scores and taboo counts. */
    public ReportTable table(Report report, Function<String, String> label) {
        List<String> columns = new ArrayList<>(List.of(label.apply("insights.department"), label.apply("insights.officers")));
        QUALITIES.forEach(t -> columns.add(label.apply("tag." + t)));
        TABOOS.forEach(t -> columns.add(label.apply("tag." + t)));
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentInsights.Bucket b : report.buckets()) {
            List<Object> row = new ArrayList<>(List.of(b.name(), b.officers()));
            QUALITIES.forEach(t -> row.add(b.qualities().containsKey(t) ? round(b.qualities().get(t)) : null));
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
