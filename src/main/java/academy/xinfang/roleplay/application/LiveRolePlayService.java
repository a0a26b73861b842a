package academy.xinfang.roleplay.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.application.UserDirectory;
import academy.xinfang.account.domain.Person;
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
    UserDirectory users;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Saves a scorecard for the officer with this username, scored by the caller; returns its id. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public long save(String officerUsername, String scenarioKey, LiveRubric rubric) {
        long officer = users.officerId(officerUsername)
                .orElseThrow(
                        () -> new RolePlayException("live.noOfficer", officerUsername == null ? "" : officerUsername));
        return scoring().save(users.callerId(), officer, scenarioKey, rubric);
    }

    /** A scorecard, for the officer it is about or a trainer or administrator. */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public LiveScorecardView scorecard(long id) {
        return scoring()
                .scorecard(users.callerId(), context.isCallerInRole("TRAINER") || context.isCallerInRole("ADMIN"), id);
    }

    /** The caller's own live scorecards, newest first. */
    @RolesAllowed({"OFFICER", "TRAINER", "ADMIN"})
    public List<LiveScorecardView> mine() {
        return scoring().of(users.callerId());
    }

    /** Everyone's newest live scorecards. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<LiveScorecardView> recent() {
        return scoring().recent(RECENT);
    }

    /** Enabled officers to pick from, by user name, at most {@value #OFFICERS}. */
    @RolesAllowed({"TRAINER", "ADMIN"})
    public List<Person> officers() {
        return people.officers(OFFICERS);
    }

    private LiveScoring scoring() {
        return new LiveScoring(repository, people, clock);
    }
}
