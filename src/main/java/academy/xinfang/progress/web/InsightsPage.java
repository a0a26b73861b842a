package academy.xinfang.progress.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.web.DayRange;
import academy.xinfang.platform.web.ScriptJson;
import academy.xinfang.progress.application.InsightsService;
import academy.xinfang.progress.domain.DepartmentInsights;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.function.Function;

/**
 * Administrators' insights: a radar of the seven qualities and a heatmap of the six taboos per department, one level
 * of the tree at a time (click a department to go down), over a range of days. A plain GET form, so every view is a
 * link that can be shared or bookmarked.
 */
@Named
@RequestScoped
public class InsightsPage {
    private static final String[] COLOURS = {
        "139,26,26", "47,111,62", "31,95,160", "176,112,0", "110,60,150", "0,128,128", "150,75,0", "90,90,90"
    };

    @Inject
    InsightsService insights;

    private Long dept;
    private final DayRange days = new DayRange();
    private InsightsService.Report report;

    /** View action. */
    public void load() {
        report = insights.report(dept, days.start(), days.end());
    }

    public InsightsService.Report getReport() {
        return report;
    }

    /** Chart.js configuration of the radar: one dataset per department that has any quality figure. */
    public String getRadar() {
        return radar(
                InsightsService.QUALITIES.stream()
                        .map(t -> Messages.text("tag." + t))
                        .toList(),
                getReport().buckets(),
                InsightsPage::legend);
    }

    /**
     * A department's name in the radar's legend, with how many officers its figures rest on and how many of the seven
     * qualities it has no figure for (drawn as gaps, not as zero), so that a sparse department is not read as a weak one.
     */
    static String legend(DepartmentInsights.Bucket b) {
        long missing = InsightsService.QUALITIES.stream()
                .filter(t -> !b.qualities().containsKey(t))
                .count();
        return missing == 0
                ? Messages.text("insights.legend", b.name(), b.officers())
                : Messages.text("insights.legendPartial", b.name(), b.officers(), missing);
    }

    /** No figure at all in the range: the page says so instead of an empty chart and tables of zeros. */
    public boolean isNoData() {
        return getReport().buckets().stream()
                .allMatch(b -> b.qualities().isEmpty() && b.taboos().isEmpty());
    }

    /**
     * The radar's configuration, escaped for the script PrimeFaces writes it into: department names are typed by
     * administrators (or imported) and must never end that script.
     */
    static String radar(
            List<String> qualityLabels,
            List<DepartmentInsights.Bucket> buckets,
            Function<DepartmentInsights.Bucket, String> legend) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        qualityLabels.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (DepartmentInsights.Bucket b : buckets) {
            if (b.qualities().isEmpty()) {
                continue;
            }
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Tag t : InsightsService.QUALITIES) {
                Double v = b.qualities().get(t);
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(v * 10) / 10.0);
                }
            }
            String colour = COLOURS[i++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", legend.apply(b))
                    .add("data", data)
                    .add("borderColor", "rgb(" + colour + ")")
                    .add("backgroundColor", "rgba(" + colour + ",0.12)"));
        }
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("spanGaps", false)
                                // room around the chart so that long quality names are not cut off at the edges
                                .add("layout", Json.createObjectBuilder().add("padding", 16))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "r",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100)
                                                                .add(
                                                                        "pointLabels",
                                                                        Json.createObjectBuilder()
                                                                                .add("padding", 6)
                                                                                .add(
                                                                                        "font",
                                                                                        Json.createObjectBuilder()
                                                                                                .add("size", 13))))))
                .build());
    }

    public List<Tag> getTaboos() {
        return InsightsService.TABOOS;
    }

    public List<Tag> getQualities() {
        return InsightsService.QUALITIES;
    }

    /** The highest taboo count on the page, for the heat of each cell. */
    public double getMaxTaboo() {
        return getReport().buckets().stream()
                .flatMap(b -> b.taboos().values().stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }

    /** Background of a heatmap cell: transparent at 0, the academy's red at the page's highest count. */
    public String heat(DepartmentInsights.Bucket bucket, Tag taboo) {
        double max = getMaxTaboo();
        double v = bucket.taboos().getOrDefault(taboo, 0.0);
        double alpha = max <= 0 ? 0 : Math.round(v / max * 85) / 100.0;
        return "background: rgba(139,26,26," + alpha + ");" + (alpha > 0.5 ? " color: #fff;" : "");
    }

    public String count(DepartmentInsights.Bucket bucket, Tag taboo) {
        double v = bucket.taboos().getOrDefault(taboo, 0.0);
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 10) / 10.0);
    }

    public String score(DepartmentInsights.Bucket bucket, Tag quality) {
        Double v = bucket.qualities().get(quality);
        return v == null ? "—" : String.valueOf(Math.round(v));
    }

    /** The query string of this view with another department, for drill-down links. */
    public String query(Long department) {
        return (department == null ? "" : "dept=" + department)
                + (days.getFrom() == null ? "" : "&from=" + days.getFrom())
                + (days.getTo() == null ? "" : "&to=" + days.getTo());
    }

    public Long getDept() {
        return dept;
    }

    public void setDept(Long dept) {
        this.dept = dept;
    }

    public DayRange getDays() {
        return days;
    }
}
