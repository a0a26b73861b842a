package academy.xinfang.roleplay.web;

import academy.xinfang.platform.web.Refusal;
import academy.xinfang.platform.web.Refusals;
import academy.xinfang.roleplay.application.LiveRolePlayService;
import academy.xinfang.roleplay.application.LiveScorecardView;
import academy.xinfang.roleplay.application.RolePlayException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One live role-play scorecard, for its officer and trainers; another officer gets 403, an unknown id 404. */
@Named
@ViewScoped
public class LiveScorecardPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    LiveRolePlayService live;

    private Long id;
    private LiveScorecardView card;

    /** View action. */
    public void load() {
        if (id == null) {
            Refusals.send(Refusal.of(404, "request.parameter.missing", "id"));
            return;
        }
        try {
            card = live.scorecard(id);
        } catch (RolePlayException e) {
            if (!Http.sendStatus(e)) {
                throw e;
            }
        }
    }

    public LiveScorecardView getCard() {
        return card;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
