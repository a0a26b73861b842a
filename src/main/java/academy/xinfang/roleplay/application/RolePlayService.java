package academy.xinfang.roleplay.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.roleplay.domain.ReplyScore;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role-play for the signed-in user: every role may practise, and every method acts for the caller only (no user id
 * is ever taken from the page), so a session can be seen and played by its own officer alone. Trainers and
 * administrators also see the analysis of what officers chose, review the replies officers typed and override their
 * score. The rules are in {@link SessionPlayer}.
 */
@Stateless
public class RolePlayService {
    @Inject
    RolePlayRepository repository;

    @Inject
    UserDirectory users;

    @Inject
    People people;

    @Inject
    ScenarioCache cache;

    @Inject
    LexiconCache lexicons;

    @Inject
    Clock clock;

    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public List<ScenarioCard> catalogue() {
        return player().catalogue(users.callerId());
    }

    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public long start(String scenarioKey) {
        return player().start(users.callerId(), scenarioKey);
    }

    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public PlayView view(long sessionId) {
        return player().view(users.callerId(), sessionId);
    }

    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public boolean choose(long sessionId, int turnsTaken, int choiceIndex) {
        return player().choose(users.callerId(), sessionId, turnsTaken, choiceIndex);
    }

    /** The caller's own words on a free-text node; see {@link SessionPlayer#reply}. */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public ReplyScore reply(long sessionId, int turnsTaken, String text) {
        return player().reply(users.callerId(), sessionId, turnsTaken, text);
    }

    /** The newest typed replies of every officer, for review. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<FreeTextReview> freeTextReplies(int max) {
        return player().freeTextReplies(Math.max(1, Math.min(max, 200)), people);
    }

    /** A trainer's override of a typed reply's score, kept with the caller as its author. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public void override(long turnId, Map<Tag, Integer> qualities, Set<Tag> taboos, String note) {
        player().override(users.callerId(), turnId, qualities, taboos, note);
    }

    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public ScoreCard scoreCard(long sessionId) {
        return player().scoreCard(users.callerId(), sessionId);
    }

    @RolesAllowed({"TRAINER", "ADMIN"})
    public ScenarioAnalysis analysis(String scenarioKey) {
        return player().analysis(scenarioKey);
    }

    /** Scenario keys and titles being played, for the trainers' choice of analysis. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<ScenarioCard> scenarios() {
        return player().catalogue(users.callerId());
    }

    private SessionPlayer player() {
        return new SessionPlayer(repository, cache::get, clock, lexicons::scorer);
    }
}
