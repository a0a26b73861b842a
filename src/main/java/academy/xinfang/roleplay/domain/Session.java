package academy.xinfang.roleplay.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One officer's run through a scenario. A choice's effects are applied and the mood clamped to 0–100; then the
 * current node's transitions are tried in file order, and the first whose condition holds decides where the talk
 * goes; only when none holds does the choice's {@code next} apply. Reaching an ending finishes the session. Time
 * pressure: a reply given after the node's time limit ({@link Scenario#timeLimitAt}) also adds
 * {@value #LATE_AGITATION} to agitation and {@value #LATE_TRUST} to trust before the transitions are tried.
 */
public final class Session {
    /** Added to the visitor's agitation when a reply comes after the node's time limit: being kept waiting angers. */
    public static final int LATE_AGITATION = 10;
    /** Added to the visitor's trust when a reply comes after the node's time limit. */
    public static final int LATE_TRUST = -5;

    private final Scenario scenario;
    private final Clock clock;
    private final Instant startedAt;
    private final List<Turn> turns;
    private String current;
    private VisitorState state;
    private Ending ending;

    Session(Scenario scenario, Clock clock) {
        this.scenario = scenario;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.turns = new ArrayList<>();
        this.current = scenario.start();
        this.state = scenario.initial();
    }

    private Session(Session other) {
        this.scenario = other.scenario;
        this.clock = other.clock;
        this.startedAt = other.startedAt;
        this.turns = new ArrayList<>(other.turns);
        this.current = other.current;
        this.state = other.state;
        this.ending = other.ending;
    }

    /** An independent copy at the same point, for exploring alternatives. */
    public Session copy() {
        return new Session(this);
    }

    public Turn choose(int choiceIndex, long secondsTaken) {
        return choose(choiceIndex, secondsTaken, null);
    }

    /**
     * Gives the reply at {@code choiceIndex}. On a free-text node the officer's own words may be passed as
     * {@code typed}; they are logged and cited, while the effects are those of the choice the officer matched them to.
     */
    public Turn choose(int choiceIndex, long secondsTaken, String typed) {
        return choose(choiceIndex, secondsTaken, typed, null);
    }

    /**
     * Gives a typed reply on a free-text node with the effects its scoring gave ({@code scored}; null for the
     * choice's own): the mood moves by the scored deltas, and the choice at {@code choiceIndex} (see
     * {@link FreeTextRoute}) decides where the talk goes, unless a transition does.
     */
    public Turn choose(int choiceIndex, long secondsTaken, String typed, Effects scored) {
        if (isFinished()) {
            throw new IllegalStateException("session already ended at " + ending.id());
        }
        if (secondsTaken < 0) {
            throw new IllegalArgumentException("secondsTaken must not be negative: " + secondsTaken);
        }
        ScenarioNode node = currentNode();
        if (choiceIndex < 0 || choiceIndex >= node.choices().size()) {
            throw new IllegalArgumentException("no choice " + choiceIndex + " at node " + node.id());
        }
        if (typed != null && !typed.isBlank() && !node.freeText()) {
            throw new IllegalArgumentException("node " + node.id() + " does not take free text");
        }
        if (scored != null && !node.freeText()) {
            throw new IllegalArgumentException("node " + node.id() + " does not take free text");
        }
        Choice choice = node.choices().get(choiceIndex);
        Effects effects = scored == null ? choice.effects() : scored;
        int limit = scenario.timeLimitAt(node);
        boolean late = limit > 0 && secondsTaken > limit;
        state = state.plus(
                effects.agitation() + (late ? LATE_AGITATION : 0), effects.trust() + (late ? LATE_TRUST : 0));
        String target = choice.next();
        boolean byTransition = false;
        for (Transition t : node.transitions()) {
            if (t.when().test(state)) {
                target = t.next();
                byTransition = true;
                break;
            }
        }
        Turn turn = new Turn(
                turns.size() + 1,
                node.id(),
                choiceIndex,
                choice,
                typed,
                effects,
                state,
                target,
                byTransition,
                secondsTaken,
                clock.instant(),
                late);
        turns.add(turn);
        current = target;
        ending = scenario.ending(target).orElse(null);
        return turn;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The node now awaiting a reply; fails once the session has ended. */
    public ScenarioNode currentNode() {
        if (isFinished()) {
            throw new IllegalStateException("session ended at " + ending.id());
        }
        return scenario.node(current).orElseThrow(() -> new IllegalStateException("unknown node " + current));
    }

    public VisitorState state() {
        return state;
    }

    public List<Turn> turns() {
        return List.copyOf(turns);
    }

    public boolean isFinished() {
        return ending != null;
    }

    public Optional<Ending> ending() {
        return Optional.ofNullable(ending);
    }

    /** Where the session is: the current node's id, or the ending's id once finished. */
    public String position() {
        return current;
    }

    /** Key of the position for exploration: two sessions with equal keys behave identically from here on. */
    String stateKey() {
        return current + "|" + state.agitation() + "|" + state.trust();
    }

    @Override
    public String toString() {
        return "Session[" + scenario.id() + " at " + current + ", " + state + "]";
    }
}
