package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.application.ScenarioAnalysis;
import academy.xinfang.roleplay.application.ScenarioCard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Trainers: which replies officers give in a scenario, how those officers finish, and strong officers' taboos. */
@Named
@ViewScoped
public class RolePlayAnalysisPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RolePlayService rolePlays;

    private String scenario;
    private ScenarioAnalysis analysis;
    private List<ScenarioCard> scenarios;

    /** View action: without a scenario, the list to choose from. */
    public void load() throws IOException {
        scenarios = rolePlays.scenarios();
        if (scenario == null || scenario.isBlank()) {
            return;
        }
        try {
            analysis = rolePlays.analysis(scenario);
        } catch (RolePlayException e) {
            Messages.error(e);
        }
    }

    public ScenarioAnalysis getAnalysis() {
        return analysis;
    }

    public List<ScenarioCard> getScenarios() {
        return scenarios;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }
}
