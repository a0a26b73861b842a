package academy.xinfang.roleplay.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.domain.Person;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.roleplay.domain.LiveRubric;
import academy.xinfang.roleplay.domain.LiveScorecard;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Live role-plays, for given users: the rules behind {@link LiveRolePlayService} without the container. A scorecard is
 * saved by a trainer against an officer from a rubric without problems, and is shown to that officer and to trainers
 * only: anyone else is refused as if it were someone else's session ({@value SessionPlayer#NOT_YOURS}).
 */
public class LiveScoring {
    /** Stands in for a user who is gone: blank names, as before. */
    private static final Person NOBODY = new Person(0, "", "", null);

    private final RolePlayRepository repository;
    private final People people;
    private final Clock clock;

    public LiveScoring(RolePlayRepository repository, People people, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.clock = clock;
    }

    /** Saves the rubric against the officer; the first problem of the rubric is the refusal. */
    public long save(long trainerId, long officerId, String scenarioKey, LiveRubric rubric) {
        List<LiveRubric.RubricProblem> problems = rubric.problems();
        if (!problems.isEmpty()) {
            LiveRubric.RubricProblem p = problems.get(0);
            throw new RolePlayException(p.key(), p.tag() == null ? "" : p.tag().name());
        }
        if (scenarioKey != null
                && !scenarioKey.isBlank()
                && repository.currentVersion(scenarioKey).isEmpty()) {
            throw new RolePlayException("roleplay.noScenario", scenarioKey);
        }
        LiveScorecard card = new LiveScorecard(officerId, trainerId, scenarioKey, rubric, clock.instant());
        repository.add(card);
        return card.getId();
    }

    /** One scorecard, for its officer or a trainer ({@code trainer} true). */
    public LiveScorecardView scorecard(long userId, boolean trainer, long id) {
        LiveScorecard card =
                repository.liveScorecard(id).orElseThrow(() -> new RolePlayException(SessionPlayer.NO_SESSION, id));
        if (!trainer && !card.isAbout(userId)) {
            throw new RolePlayException(SessionPlayer.NOT_YOURS, id);
        }
        return views(List.of(card)).get(0);
    }

    public List<LiveScorecardView> of(long officerId) {
        return views(repository.liveScorecardsOf(officerId));
    }

    public List<LiveScorecardView> recent(int max) {
        return views(repository.recentLiveScorecards(max));
    }

    private List<LiveScorecardView> views(List<LiveScorecard> cards) {
        Set<Long> ids = cards.stream()
                .flatMap(c -> Stream.of(c.getOfficerId(), c.getTrainerId()))
                .collect(Collectors.toSet());
        Map<Long, Person> names = ids.isEmpty() ? Map.of() : people.people(ids);
        Map<String, String> titles = repository.currentVersions().stream()
                .collect(Collectors.toMap(v -> v.getScenario().getKey(), v -> v.getTitle(), (a, b) -> a));
        return cards.stream()
                .map(c -> {
                    LiveRubric r = c.rubric();
                    Person officer = names.getOrDefault(c.getOfficerId(), NOBODY);
                    Person trainer = names.getOrDefault(c.getTrainerId(), NOBODY);
                    return new LiveScorecardView(
                            c.getId(),
                            officer.username(),
                            officer.displayName(),
                            trainer.username(),
                            trainer.displayName(),
                            c.getScenarioKey() == null
                                    ? ""
                                    : titles.getOrDefault(c.getScenarioKey(), c.getScenarioKey()),
                            c.getHeldAt(),
                            LiveRubric.tagsOf(TagKind.QUALITY).stream()
                                    .map(t -> new LiveScorecardView.Rating(
                                            t, r.qualities().getOrDefault(t, 0)))
                                    .toList(),
                            LiveRubric.tagsOf(TagKind.ATTITUDE).stream()
                                    .map(t -> new LiveScorecardView.Rating(
                                            t, r.attitudes().getOrDefault(t, 0)))
                                    .toList(),
                            LiveRubric.tagsOf(TagKind.TABOO).stream()
                                    .map(t -> {
                                        LiveRubric.Taboo tb =
                                                r.taboos().getOrDefault(t, new LiveRubric.Taboo(false, ""));
                                        return new LiveScorecardView.TabooLine(t, tb.observed(), tb.note());
                                    })
                                    .toList(),
                            r.qualityMean(),
                            r.attitudeMean(),
                            r.observedTaboos().size(),
                            r.overallNote());
                })
                .toList();
    }
}
