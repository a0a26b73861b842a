package academy.xinfang.quiz.web;

import academy.xinfang.quiz.application.AnalysisService;
import academy.xinfang.quiz.application.QuizException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Item analysis of one quiz for trainers. */
@Named
@RequestScoped
public class AnalysisPage {
    @Inject
    AnalysisService analysis;

    private String key;
    private AnalysisService.Analysis result;

    public void load() throws IOException {
        try {
            result = key == null ? null : analysis.analyse(key);
        } catch (QuizException e) {
            result = null;
        }
        if (result == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such quiz");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Two decimals, or a dash where the statistic is undefined (NaN). */
    public String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(java.util.Locale.ROOT, "%.2f", value);
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
