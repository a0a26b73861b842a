package academy.xinfang.quiz.web;

import academy.xinfang.platform.web.Refusals;
import academy.xinfang.quiz.application.AnalysisService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** Item analysis of one quiz for trainers. */
@Named
@RequestScoped
public class AnalysisPage {
    @Inject
    AnalysisService analysis;

    private String key;
    private AnalysisService.Analysis result;

    public void load() {
        result = Refusals.orNotFound("key", key, analysis::analyse);
    }

    /** Two decimals, or a dash where the statistic is undefined (NaN). */
    public String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }

    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public AnalysisService.Analysis getResult() {
        return result;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
