package academy.xinfang.roleplay.application;

import academy.xinfang.account.domain.Role;
import academy.xinfang.account.domain.User;
import academy.xinfang.account.persistence.UserRepository;
import academy.xinfang.roleplay.domain.LiveRubric;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Live role-plays: a trainer (or a peer playing the visitor) talks with an officer and the trainer scores it on the
 * rubric; the scorecard is saved against the officer, who sees their own scorecards, while trainers and
 * administrators see everyone's. The rules are in {@link LiveScoring}.
 */
@Stateless
public class LiveRolePlayService {
    static final int RECENT = 50;
    static final int OFFICERS = 500;

    @Inject
    RolePlayRepository repository;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Saves a scorecard for the officer with this username, scored by the caller; returns its id. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public long save(String officerUsername, String scenarioKey, LiveRubric rubric) {
        String name = officerUsername == null ? "" : User.normaliseUsername(officerUsername);
        User officer = users.findByUsername(name).filter(u -> u.hasRole(Role.OFFICER))
                .orElseThrow(() -> new RolePlayException("live.noOfficer", officerUsername == null ? "" : officerUsername));
        return scoring().save(callerId(), officer.getId(), scenarioKey, rubric);
    }

    /** A scorecard, for the officer it is about or a trainer or administrator. */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public LiveScorecardView scorecard(long id) {
        return scoring().scorecard(callerId(), context.isCallerInRole("TRAINER") || context.isCallerInRole("ADMIN"), id);
    }

    /** The caller's own live scorecards, newest first. */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public List<LiveScorecardView> mine() {
        return scoring().of(callerId());
    }

    /** Everyone's newest live scorecards. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<LiveScorecardView> recent() {
        return scoring().recent(RECENT);
    }

    /** Officers to pick from: {@code [username, display name]}, at most {@value #OFFICERS}. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<String[]> officers() {
        return repository.officers(OFFICERS);
    }

    private LiveScoring scoring() {
        return new LiveScoring(repository, clock);
    }

    private long callerId() {
        String name = context.getCallerPrincipal().getName();
        return users.findByUsername(name).orElseThrow(() -> new RolePlayException("roleplay.noUser", name)).getId();
    }
}
