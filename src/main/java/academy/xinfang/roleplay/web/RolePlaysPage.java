package academy.xinfang.roleplay.web;

import academy.xinfang.platform.i18n.Messages;
import academy.xinfang.roleplay.application.RolePlayException;
import academy.xinfang.roleplay.application.RolePlayService;
import academy.xinfang.roleplay.application.ScenarioCard;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The scenarios an officer can practise, with their own best result, and starting a new play. */
@Named
@ViewScoped
public class RolePlaysPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    RolePlayService rolePlays;

    private List<ScenarioCard> cards;

    /** View action. */
    public void load() {
        cards = rolePlays.catalogue();
    }

    public String start(String scenarioKey) {
        try {
            return RolePlayPage.outcome(rolePlays.start(scenarioKey));
        } catch (RolePlayException e) {
            Messages.error(e);
            return null;
        }
    }

    public List<ScenarioCard> getCards() {
        return cards;
    }
}
