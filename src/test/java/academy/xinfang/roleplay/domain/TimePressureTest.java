package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.importing.ImportProblem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Time limits per reply: read from the file, the node's overriding the scenario's, and the penalty of a late reply. */
class TimePressureTest {
    private static final String TIMED = """
            id: timed
            title: 限时
            persona: {visitorType: AGITATED, name: 甲, background: 乙, wants: 丙}
            initial: {agitation: 70, trust: 40}
            timeLimit: 60
            nodes:
              - id: a
                stage: RECEIVING
                visitor: 快说！
                choices:
                  - {text: 稳住, effects: {agitation: 5}, next: b}
                transitions:
                  - {when: "agitation >= 80", next: gone}
              - id: b
                stage: ANSWERING
                visitor: 然后呢
                timeLimit: 0
                choices:
                  - {text: 答复, next: done}
            endings:
              - {id: done, outcome: SETTLED, debrief: 好}
              - {id: gone, outcome: ESCALATED, debrief: 坏}
            """;

    private static Scenario timed() {
        LoadResult r = ScenarioLoader.load("timed.yaml", TIMED);
        assertThat(r.problems()).isEmpty();
        return r.scenario().orElseThrow();
    }

    @Test
    void theNodesLimitOverridesTheScenarios() {
        Scenario s = timed();

        assertThat(s.timeLimit()).isEqualTo(60);
        assertThat(s.timeLimitAt(s.node("a").orElseThrow())).isEqualTo(60);
        assertThat(s.timeLimitAt(s.node("b").orElseThrow()))
                .as("0 switches it off at b")
                .isZero();
        assertThat(Fixtures.scenario("valid.yaml").timeLimit())
                .as("no limit unless set")
                .isZero();
    }

    @Test
    void aReplyWithinTheLimitHasOnlyItsOwnEffects() {
        Session s = RolePlay.start(timed(), Fixtures.CLOCK);

        Turn t = s.choose(0, 60);

        assertThat(t.late()).isFalse();
        assertThat(t.stateAfter()).isEqualTo(new VisitorState(75, 40));
        assertThat(t.movedTo()).isEqualTo("b");
    }

    @Test
    void aLateReplyAngersTheVisitorBeforeTheTransitionsAreTried() {
        Session s = RolePlay.start(timed(), Fixtures.CLOCK);

        Turn t = s.choose(0, 61);

        assertThat(t.late()).isTrue();
        assertThat(t.deltas().agitation())
                .as("the reply's own deltas are kept apart")
                .isEqualTo(5);
        assertThat(t.stateAfter()).isEqualTo(new VisitorState(75 + Session.LATE_AGITATION, 40 + Session.LATE_TRUST));
        assertThat(t.movedTo()).isEqualTo("gone");
    }

    @Test
    void noLimitMeansNeverLate() {
        Session s = RolePlay.start(timed(), Fixtures.CLOCK);
        s.choose(0, 1);

        assertThat(s.choose(0, 10_000).late()).isFalse();
    }

    @Test
    void aLimitOutOfRangeIsReportedWithItsLine() {
        LoadResult r = ScenarioLoader.load("t.yaml", TIMED.replace("timeLimit: 60", "timeLimit: 5000"));

        assertThat(r.problems())
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactly(Tuple.tuple("roleplay.badValue", 5));
    }
}
