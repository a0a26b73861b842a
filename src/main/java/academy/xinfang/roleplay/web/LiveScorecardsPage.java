package academy.xinfang.roleplay.web;

import academy.xinfang.roleplay.application.LiveRolePlayService;
import academy.xinfang.roleplay.application.LiveScorecardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in officer's own live role-play scorecards, newest first. */
@Named
@RequestScoped
public class LiveScorecardsPage {
    @Inject
    LiveRolePlayService live;

    private List<LiveScorecardView> cards;

    /** View action. */
    public void load() {
        cards = live.mine();
    }

    public List<LiveScorecardView> getCards() {
        return cards;
    }
}
