package academy.xinfang.progress.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The seven qualities and the six taboos per department, for one level of the department tree: each direct child of
 * the department in focus (with everything below it) is one bucket, and officers placed in the focus department itself
 * form a bucket of their own. The figures come in summed per officer (and quality or tag) by the database, per department
 * by the caller; this only rolls them up the tree, so the work here is proportional to departments and tags.
 *
 * <p>A quality's score (0–100) is the mean over its observations: each quiz answer to a question tagged with the
 * quality counts once with its mark × 100, each finished role-play session counts once with its score for that
 * quality. A taboo's count adds the role-play turns that committed it and the marks missed on quiz questions tagged
 * with it (a wrong answer counts 1, a half-right one 0.5).
 */
public final class DepartmentInsights {

    /** A department as the tree needs it. */
    public record Department(long id, Long parentId, String name) {}

    /** Sum and count of one quality's scores (0–100) in role-play sessions of officers of one department. */
    public record QualityRow(long departmentId, Tag quality, double sum, long count) {}

    /** How many role-play turns of officers of one department committed exactly this set of taboos (comma list). */
    public record TabooRow(long departmentId, String taboos, long count) {}

    /** Sum of marks (0–1) and number of answers to the questions carrying one tag by officers of one department. */
    public record AnswerRow(long departmentId, Tag tag, double scoreSum, long count) {}

    /** One bucket of the chart: {@code self} when it holds the officers of the focus department itself. */
    public record Bucket(
            long departmentId,
            String name,
            boolean self,
            long officers,
            Map<Tag, Double> qualities,
            Map<Tag, Double> taboos) {}

    private DepartmentInsights() {}

    public static List<Bucket> compute(
            List<Department> departments,
            Long focusId,
            Map<Long, Long> officersPerDepartment,
            List<QualityRow> qualityRows,
            List<TabooRow> tabooRows,
            List<AnswerRow> answerRows) {
        Map<Long, Department> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id(), d));
        Map<Long, Long> bucketOf = new HashMap<>();
        for (Department d : departments) {
            Long bucket = bucketOf(d.id(), focusId, byId);
            if (bucket != null) {
                bucketOf.put(d.id(), bucket);
            }
        }
        Map<Long, double[][]> qualities = new LinkedHashMap<>(); // bucket -> quality ordinal -> {sum, count}
        Map<Long, Map<Tag, Double>> taboos = new LinkedHashMap<>();
        Map<Long, Long> officers = new HashMap<>();
        officersPerDepartment.forEach((dept, n) -> {
            Long b = bucketOf.get(dept);
            if (b != null) {
                officers.merge(b, n, Long::sum);
            }
        });
        for (QualityRow r : qualityRows) {
            Long b = bucketOf.get(r.departmentId());
            if (b != null && r.quality().kind() == TagKind.QUALITY) {
                double[] cell = qualities
                        .computeIfAbsent(b, k -> new double[Tag.values().length][2])[
                        r.quality().ordinal()];
                cell[0] += r.sum();
                cell[1] += r.count();
            }
        }
        for (AnswerRow r : answerRows) {
            Long b = bucketOf.get(r.departmentId());
            if (b == null) {
                continue;
            }
            Tag tag = r.tag();
            if (tag.kind() == TagKind.QUALITY) {
                double[] cell = qualities.computeIfAbsent(b, k -> new double[Tag.values().length][2])[tag.ordinal()];
                cell[0] += 100 * r.scoreSum();
                cell[1] += r.count();
            } else if (tag.kind() == TagKind.TABOO) {
                taboos.computeIfAbsent(b, k -> new EnumMap<>(Tag.class))
                        .merge(tag, r.count() - r.scoreSum(), Double::sum);
            }
        }
        for (TabooRow r : tabooRows) {
            Long b = bucketOf.get(r.departmentId());
            if (b == null || r.taboos() == null) {
                continue;
            }
            for (String name : r.taboos().split(",")) {
                Tag.parse(name.strip())
                        .filter(t -> t.kind() == TagKind.TABOO)
                        .ifPresent(t -> taboos.computeIfAbsent(b, k -> new EnumMap<>(Tag.class))
                                .merge(t, (double) r.count(), Double::sum));
            }
        }
        List<Bucket> buckets = new ArrayList<>();
        List<Department> heads = new ArrayList<>();
        if (focusId != null && byId.containsKey(focusId)) {
            heads.add(byId.get(focusId));
        }
        departments.stream().filter(d -> Objects.equals(d.parentId(), focusId)).forEach(heads::add);
        for (Department head : heads) {
            Map<Tag, Double> q = new EnumMap<>(Tag.class);
            double[][] cells = qualities.get(head.id());
            if (cells != null) {
                for (Tag t : Tag.values()) {
                    if (cells[t.ordinal()][1] > 0) {
                        q.put(t, cells[t.ordinal()][0] / cells[t.ordinal()][1]);
                    }
                }
            }
            buckets.add(new Bucket(
                    head.id(),
                    head.name(),
                    head.id() == (focusId == null ? -1 : focusId),
                    officers.getOrDefault(head.id(), 0L),
                    q,
                    taboos.getOrDefault(head.id(), Map.of())));
        }
        return buckets;
    }

    /**
     * The bucket a department falls in: the focus itself for the focus, the child of the focus it descends from, or
     * none when it lies outside the focus. With no focus, the top-level departments are the buckets.
     */
    private static Long bucketOf(long id, Long focusId, Map<Long, Department> byId) {
        Long current = id;
        Long previous = null;
        int guard = byId.size() + 1;
        while (current != null && guard-- > 0) {
            if (current.equals(focusId)) {
                return previous == null ? current : previous;
            }
            previous = current;
            Department d = byId.get(current);
            current = d == null ? null : d.parentId();
        }
        return focusId == null ? previous : null;
    }
}
