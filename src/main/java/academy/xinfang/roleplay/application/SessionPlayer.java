package academy.xinfang.roleplay.application;

import academy.xinfang.account.application.People;
import academy.xinfang.account.domain.Person;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.roleplay.domain.Choice;
import academy.xinfang.roleplay.domain.ChoiceOrder;
import academy.xinfang.roleplay.domain.Effects;
import academy.xinfang.roleplay.domain.Ending;
import academy.xinfang.roleplay.domain.FreeTextRoute;
import academy.xinfang.roleplay.domain.PlaySession;
import academy.xinfang.roleplay.domain.PlayTurn;
import academy.xinfang.roleplay.domain.ReplyScore;
import academy.xinfang.roleplay.domain.ReplyScorer;
import academy.xinfang.roleplay.domain.RolePlay;
import academy.xinfang.roleplay.domain.RolePlayScore;
import academy.xinfang.roleplay.domain.Scenario;
import academy.xinfang.roleplay.domain.ScenarioNode;
import academy.xinfang.roleplay.domain.ScenarioVersion;
import academy.xinfang.roleplay.domain.Session;
import academy.xinfang.roleplay.domain.Turn;
import academy.xinfang.roleplay.domain.VisitorState;
import academy.xinfang.roleplay.persistence.BestResult;
import academy.xinfang.roleplay.persistence.ChoiceStat;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Playing scenarios, for a given user: the rules behind {@link RolePlayService} without the container, so that they
 * can be tested on a real database. A session is only ever read or played by the officer who started it; anyone
 * else is refused with {@value #NOT_YOURS}. The engine state is rebuilt from the turn log on every request, so a
 * session continues on another node or after a restart exactly where it stopped. Runs inside the caller's
 * transaction.
 */
public class SessionPlayer {
    public static final String NO_SESSION = "roleplay.noSession";
    public static final String NOT_YOURS = "roleplay.notYourSession";
    /** Final points from which an officer counts as strong in the trainers' analysis (grade B and above). */
    public static final int STRONG_POINTS = 75;
    /** The largest change a trainer may give one quality for one reply, as for the scorer's deltas of a whole reply. */
    public static final int MAX_OVERRIDE_DELTA = 20;

    private static final SecureRandom SEEDS = new SecureRandom();

    private final RolePlayRepository repository;
    private final Function<ScenarioVersion, Scenario> scenarios;
    private final Clock clock;
    private final Supplier<ReplyScorer> scorer;
    private final LongSupplier seeds;

    public SessionPlayer(RolePlayRepository repository, Function<ScenarioVersion, Scenario> scenarios, Clock clock) {
        this(repository, scenarios, clock, () -> {
            throw new RolePlayException("roleplay.noLexicons");
        });
    }

    public SessionPlayer(
            RolePlayRepository repository,
            Function<ScenarioVersion, Scenario> scenarios,
            Clock clock,
            Supplier<ReplyScorer> scorer) {
        this(repository, scenarios, clock, scorer, SEEDS::nextLong);
    }

    /** A player whose new sessions take their seeds (the order replies are shown in) from {@code seeds}. */
    public SessionPlayer(
            RolePlayRepository repository,
            Function<ScenarioVersion, Scenario> scenarios,
            Clock clock,
            Supplier<ReplyScorer> scorer,
            LongSupplier seeds) {
        this.repository = repository;
        this.scenarios = scenarios;
        this.clock = clock;
        this.scorer = scorer;
        this.seeds = seeds;
    }

    /** The scenarios being played, with this officer's results. */
    public List<ScenarioCard> catalogue(long userId) {
        Map<String, BestResult> results = repository.results(userId);
        return repository.currentVersions().stream()
                .map(v -> {
                    Scenario s = scenarios.apply(v);
                    BestResult r = results.get(s.id());
                    Integer best = r == null ? null : r.bestPoints();
                    return new ScenarioCard(
                            s.id(),
                            s.title(),
                            s.persona().visitorType(),
                            s.persona().name(),
                            s.persona().background(),
                            s.persona().wants(),
                            r == null ? 0 : r.finished(),
                            best,
                            best == null ? null : RolePlayScore.Grade.of(best).name(),
                            r == null ? null : r.openSessionId());
                })
                .toList();
    }

    /** Starts a new session on the current version of a scenario; returns its id. */
    public long start(long userId, String scenarioKey) {
        ScenarioVersion version = repository
                .currentVersion(scenarioKey == null ? "" : scenarioKey)
                .orElseThrow(() -> new RolePlayException("roleplay.noScenario", scenarioKey));
        PlaySession session = new PlaySession(userId, version, seeds.getAsLong(), clock.instant());
        repository.add(session);
        return session.getId();
    }

    public PlayView view(long userId, long sessionId) {
        PlaySession session = owned(userId, sessionId);
        Scenario scenario = scenarios.apply(session.getScenarioVersion());
        Session engine = replay(session, scenario);
        List<PlayView.Line> transcript = new ArrayList<>();
        for (Turn t : engine.turns()) {
            transcript.add(new PlayView.Line(
                    true, scenario.node(t.nodeId()).orElseThrow().visitor(), t.number()));
            transcript.add(new PlayView.Line(false, t.words(), t.number()));
        }
        ScenarioNode current = engine.isFinished() ? null : engine.currentNode();
        List<Turn> turns = engine.turns();
        VisitorState before = turns.size() < 2
                ? scenario.initial()
                : turns.get(turns.size() - 2).stateAfter();
        VisitorState now = engine.state();
        return new PlayView(
                sessionId,
                scenario.id(),
                scenario.title(),
                scenario.persona().visitorType(),
                scenario.persona().name(),
                scenario.persona().background(),
                transcript,
                now.agitation(),
                now.trust(),
                now.agitation() - before.agitation(),
                now.trust() - before.trust(),
                engine.isFinished(),
                turns.size(),
                current == null ? null : current.stage(),
                current == null ? null : current.visitor(),
                current == null ? List.of() : options(current, session.getSeed()),
                current != null && current.freeText(),
                current == null ? 0 : scenario.timeLimitAt(current),
                Math.max(
                        0,
                        Duration.between(lastReplyAt(session), clock.instant()).getSeconds()));
    }

    /**
     * Gives the reply whose id (its authored index, whatever position it was shown at) is {@code choiceIndex} to the
     * node reached after {@code turnsTaken} turns. A reply to a node the talk has already left (a second click, an old
     * tab) is refused rather than applied to the next node.
     *
     * @return whether the talk reached an ending
     */
    public boolean choose(long userId, long sessionId, int turnsTaken, int choiceIndex) {
        PlaySession session = owned(userId, repository.sessionForUpdate(sessionId), sessionId);
        if (session.isFinished()) {
            throw new RolePlayException("roleplay.finished");
        }
        if (session.getTurns().size() != turnsTaken) {
            throw new RolePlayException("roleplay.staleTurn");
        }
        Scenario scenario = scenarios.apply(session.getScenarioVersion());
        Session engine = replay(session, scenario);
        if (choiceIndex < 0 || choiceIndex >= engine.currentNode().choices().size()) {
            throw new RolePlayException("roleplay.noChoice", choiceIndex);
        }
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(lastReplyAt(session), now).getSeconds());
        Turn turn = engine.choose(choiceIndex, seconds);
        session.record(turn);
        if (engine.isFinished()) {
            session.finish(RolePlayScore.of(engine), now);
        }
        repository.flush();
        return engine.isFinished();
    }

    /**
     * Gives the officer's own words to the free-text node reached after {@code turnsTaken} turns: the scorer's effects
     * move the mood and the qualities, the taboos it flags are committed, and the talk goes on along the choice
     * {@link FreeTextRoute} picks. The text is kept as typed (at most {@value ReplyScorer#MAX_LENGTH} characters,
     * blank refused) with the hits.
     */
    public ReplyScore reply(long userId, long sessionId, int turnsTaken, String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new RolePlayException("roleplay.emptyReply");
        }
        if (typed.length() > ReplyScorer.MAX_LENGTH) {
            throw new RolePlayException("roleplay.replyTooLong", ReplyScorer.MAX_LENGTH);
        }
        PlaySession session = owned(userId, repository.sessionForUpdate(sessionId), sessionId);
        if (session.isFinished()) {
            throw new RolePlayException("roleplay.finished");
        }
        if (session.getTurns().size() != turnsTaken) {
            throw new RolePlayException("roleplay.staleTurn");
        }
        Scenario scenario = scenarios.apply(session.getScenarioVersion());
        Session engine = replay(session, scenario);
        ScenarioNode node = engine.currentNode();
        if (!node.freeText()) {
            throw new RolePlayException("roleplay.noFreeText");
        }
        ReplyScore score = scorer.get().score(typed).cappedAt(node);
        Instant now = clock.instant();
        long seconds = Math.max(0, Duration.between(lastReplyAt(session), now).getSeconds());
        Turn turn = engine.choose(FreeTextRoute.choiceFor(node, score), seconds, typed, score.effects());
        session.record(turn, score.hits());
        if (engine.isFinished()) {
            session.finish(RolePlayScore.of(engine), now);
        }
        repository.flush();
        return score;
    }

    /**
     * Typed replies, newest first, for trainers to review; {@code max} at most. Two queries: the turns, then the names
     * of their officers and of the trainers who overrode them, from {@code people}.
     */
    public List<FreeTextReview> freeTextReplies(int max, People people) {
        List<PlayTurn> turns = repository.freeTextTurns(max);
        Set<Long> ids = new HashSet<>();
        for (PlayTurn t : turns) {
            ids.add(t.getSession().getUserId());
            if (t.getOverrideBy() != null) {
                ids.add(t.getOverrideBy());
            }
        }
        Map<Long, Person> names = turns.isEmpty() ? Map.of() : people.people(ids);
        List<FreeTextReview> reviews = new ArrayList<>();
        for (PlayTurn t : turns) {
            PlaySession s = t.getSession();
            Scenario scenario = scenarios.apply(s.getScenarioVersion());
            Effects effects = t.effectiveDeltas();
            Person officer = names.get(s.getUserId());
            Person overrider = t.getOverrideBy() == null ? null : names.get(t.getOverrideBy());
            reviews.add(new FreeTextReview(
                    t.getId(),
                    s.getId(),
                    officer == null ? null : officer.username(),
                    officer == null ? null : officer.displayName(),
                    scenario.title(),
                    t.getNumber(),
                    scenario.node(t.getNodeKey()).map(ScenarioNode::visitor).orElse(""),
                    t.getWords(),
                    t.getHits(),
                    t.getQualityDeltas(),
                    t.getTaboos(),
                    effects.qualities(),
                    effects.taboos(),
                    t.isOverridden(),
                    t.getOverrideNote(),
                    overrider == null ? null : overrider.username(),
                    t.getOverrideAt(),
                    s.isFinished()));
        }
        return reviews;
    }

    /**
     * A trainer's override of a typed reply's quality deltas and taboos, with a note: it is kept with who and when,
     * counts on the officer's scorecard from now on, and a finished session's stored score is recomputed.
     */
    public void override(long trainerId, long turnId, Map<Tag, Integer> qualities, Set<Tag> taboos, String note) {
        PlayTurn turn = repository.turn(turnId).orElseThrow(() -> new RolePlayException("roleplay.noTurn", turnId));
        if (!turn.isFreeText()) {
            throw new RolePlayException("roleplay.notTyped", turnId);
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new RolePlayException("roleplay.overrideNoteRequired");
        }
        for (Map.Entry<Tag, Integer> e : qualities.entrySet()) {
            if (e.getKey().kind() != TagKind.QUALITY || Math.abs(e.getValue()) > MAX_OVERRIDE_DELTA) {
                throw new RolePlayException("roleplay.badOverride", e.getKey().name(), MAX_OVERRIDE_DELTA);
            }
        }
        if (taboos.stream().anyMatch(t -> t.kind() != TagKind.TABOO)) {
            throw new RolePlayException("roleplay.badOverride", taboos.toString(), MAX_OVERRIDE_DELTA);
        }
        PlaySession session =
                repository.sessionForUpdate(turn.getSession().getId()).orElseThrow();
        Map<Tag, Integer> kept = new EnumMap<>(Tag.class);
        qualities.forEach((q, d) -> {
            if (d != 0) {
                kept.put(q, d);
            }
        });
        List<Tag> ordered = Arrays.stream(Tag.values()).filter(taboos::contains).toList();
        turn.override(kept, ordered, text, trainerId, clock.instant());
        if (session.isFinished()) {
            session.rescore(RolePlayScore.of(replay(session, scenarios.apply(session.getScenarioVersion()))));
        }
        repository.flush();
    }

    public ScoreCard scoreCard(long userId, long sessionId) {
        PlaySession session = owned(userId, sessionId);
        if (!session.isFinished()) {
            throw new RolePlayException("roleplay.notFinished");
        }
        Scenario scenario = scenarios.apply(session.getScenarioVersion());
        Session engine = replay(session, scenario);
        RolePlayScore score = RolePlayScore.of(engine);
        Ending ending = score.ending();
        // only the qualities the scenario exercises: a quality no reply moves says nothing about this reception
        List<ScoreCard.QualityScore> qualities = Arrays.stream(Tag.values())
                .filter(t -> t.kind() == TagKind.QUALITY && score.qualities().containsKey(t))
                .map(t -> new ScoreCard.QualityScore(t, score.qualities().get(t)))
                .toList();
        long seconds = engine.turns().stream().mapToLong(Turn::secondsTaken).sum();
        List<PlayTurn> logged = session.getTurns();
        List<ScoreCard.TurnLine> log = engine.turns().stream()
                .map(t -> {
                    PlayTurn p = logged.get(t.number() - 1);
                    return new ScoreCard.TurnLine(
                            t.number(),
                            scenario.node(t.nodeId()).orElseThrow().visitor(),
                            t.words(),
                            t.stateAfter().agitation(),
                            t.stateAfter().trust(),
                            t.secondsTaken(),
                            t.deltas().taboos(),
                            p.isFreeText(),
                            p.getHits(),
                            t.deltas().qualities(),
                            p.isOverridden(),
                            p.getOverrideNote(),
                            p.getOverrideAt(),
                            t.late());
                })
                .toList();
        return new ScoreCard(
                sessionId,
                scenario.id(),
                scenario.title(),
                ending.id(),
                ending.outcome(),
                ending.debrief(),
                score.points(),
                score.grade().name(),
                score.caps(),
                qualities,
                score.tabooHits(),
                engine.turns().size(),
                seconds,
                log);
    }

    /** The trainers' view of the current version of a scenario; see {@link ScenarioAnalysis}. */
    public ScenarioAnalysis analysis(String scenarioKey) {
        ScenarioVersion version = repository
                .currentVersion(scenarioKey == null ? "" : scenarioKey)
                .orElseThrow(() -> new RolePlayException("roleplay.noScenario", scenarioKey));
        Scenario scenario = scenarios.apply(version);
        Map<String, ChoiceStat> stats = new HashMap<>();
        repository
                .choiceStats(version.getId(), STRONG_POINTS)
                .forEach(s -> stats.put(s.nodeKey() + "#" + s.choiceIndex(), s));
        long[] counts = repository.sessionCounts(version.getId());
        List<ScenarioAnalysis.NodeStats> nodes = new ArrayList<>();
        List<ScenarioAnalysis.ChoiceStats> strongTaboos = new ArrayList<>();
        for (ScenarioNode node : scenario.nodes()) {
            long replies = 0;
            for (int i = 0; i < node.choices().size(); i++) {
                ChoiceStat s = stats.get(node.id() + "#" + i);
                replies += s == null ? 0 : s.taken();
            }
            List<ScenarioAnalysis.ChoiceStats> choices = new ArrayList<>();
            for (int i = 0; i < node.choices().size(); i++) {
                Choice c = node.choices().get(i);
                ChoiceStat s = stats.get(node.id() + "#" + i);
                long taken = s == null ? 0 : s.taken();
                ScenarioAnalysis.ChoiceStats row = new ScenarioAnalysis.ChoiceStats(
                        node.id(),
                        i,
                        c.text(),
                        c.effects().taboos(),
                        taken,
                        replies == 0 ? 0 : (int) Math.round(100.0 * taken / replies),
                        s == null ? null : s.averagePoints(),
                        s == null ? 0 : s.strongTaken());
                choices.add(row);
                if (row.isTaboo() && row.strongTaken() > 0) {
                    strongTaboos.add(row);
                }
            }
            nodes.add(new ScenarioAnalysis.NodeStats(node.id(), node.stage(), node.visitor(), replies, choices));
        }
        strongTaboos.sort((a, b) -> Long.compare(b.strongTaken(), a.strongTaken()));
        return new ScenarioAnalysis(
                scenario.id(), scenario.title(), version.getVersionNo(), counts[0], counts[1], nodes, strongTaboos);
    }

    /** The node's replies in the order this session shows them, each with its authored index as its id. */
    private static List<PlayView.Option> options(ScenarioNode node, long seed) {
        return ChoiceOrder.of(node, seed).stream()
                .map(i -> new PlayView.Option(i, node.choices().get(i).text()))
                .toList();
    }

    /** When the visitor's current words were said: the last reply, or the start of the session. */
    private static Instant lastReplyAt(PlaySession session) {
        List<PlayTurn> log = session.getTurns();
        return log.isEmpty() ? session.getStartedAt() : log.get(log.size() - 1).getTakenAt();
    }

    private PlaySession owned(long userId, long sessionId) {
        return owned(userId, repository.session(sessionId), sessionId);
    }

    private static PlaySession owned(long userId, Optional<PlaySession> found, long sessionId) {
        PlaySession session = found.orElseThrow(() -> new RolePlayException(NO_SESSION, sessionId));
        if (!session.isOwnedBy(userId)) {
            throw new RolePlayException(NOT_YOURS, sessionId);
        }
        return session;
    }

    /** The engine at the point the log reached: every logged reply given again to the same scenario version. */
    private Session replay(PlaySession session, Scenario scenario) {
        Session engine = RolePlay.start(scenario, clock);
        for (PlayTurn t : session.getTurns()) {
            if (t.isFreeText()) {
                engine.choose(t.getChoiceIndex(), t.getSecondsTaken(), t.getWords(), t.effectiveDeltas());
            } else {
                boolean typed = scenario.node(t.getNodeKey())
                        .map(ScenarioNode::freeText)
                        .orElse(false);
                engine.choose(t.getChoiceIndex(), t.getSecondsTaken(), typed ? t.getWords() : null);
            }
        }
        return engine;
    }
}
