package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestClock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final Scenario scenario = Fixtures.scenario("valid.yaml");

    @Test
    void startsAtTheStartNodeWithTheInitialMood() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);

        assertThat(s.currentNode().id()).isEqualTo("a");
        assertThat(s.state()).isEqualTo(new VisitorState(50, 50));
        assertThat(s.startedAt()).isEqualTo(TestClock.NOW);
        assertThat(s.isFinished()).isFalse();
        assertThat(s.turns()).isEmpty();
    }

    @Test
    void choiceBelowTheThresholdFollowsItsNext() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);

        Turn turn = s.choose(0, 12);

        assertThat(turn.movedTo()).isEqualTo("b");
        assertThat(turn.byTransition()).isFalse();
        assertThat(s.state()).isEqualTo(new VisitorState(40, 60));
        assertThat(s.currentNode().id()).isEqualTo("b");
    }

    @Test
    void transitionOverridesNextWhenTheThresholdIsReachedAndStateIsClamped() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);

        Turn turn = s.choose(1, 5);

        assertThat(s.state()).isEqualTo(new VisitorState(90, 0));
        assertThat(turn.movedTo()).isEqualTo("angry");
        assertThat(turn.byTransition()).isTrue();
        assertThat(s.currentNode().id()).isEqualTo("angry");
    }

    @Test
    void thresholdIsInclusiveAtExactlyEighty() {
        Scenario at40 = new Scenario(
                scenario.file(),
                scenario.id(),
                scenario.title(),
                scenario.persona(),
                new VisitorState(40, 50),
                scenario.start(),
                scenario.nodes(),
                scenario.endings());
        Session s = RolePlay.start(at40, Fixtures.CLOCK);

        s.choose(1, 1);

        assertThat(s.state().agitation()).isEqualTo(80);
        assertThat(s.position()).isEqualTo("angry");
    }

    @Test
    void stateIsClampedAtTheTop() {
        assertThat(new VisitorState(95, 98).plus(20, 20)).isEqualTo(new VisitorState(100, 100));
        assertThat(new VisitorState(5, 3).plus(-20, Integer.MIN_VALUE)).isEqualTo(new VisitorState(0, 0));
    }

    @Test
    void turnLogRecordsNodeChoiceDeltasStateAndTime() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);
        s.choose(1, 5);
        s.choose(0, 30);
        s.choose(0, 8);

        List<Turn> log = s.turns();
        assertThat(log).extracting(Turn::number).containsExactly(1, 2, 3);
        assertThat(log).extracting(Turn::nodeId).containsExactly("a", "angry", "b");
        assertThat(log).extracting(Turn::secondsTaken).containsExactly(5L, 30L, 8L);
        assertThat(log.get(0).words()).isEqualTo("冷淡");
        assertThat(log.get(0).deltas().agitation()).isEqualTo(40);
        assertThat(log.get(1).stateAfter()).isEqualTo(new VisitorState(60, 0));
        assertThat(log.get(2).movedTo()).isEqualTo("done");
        assertThat(log.get(2).at()).isEqualTo(Fixtures.CLOCK.instant());
    }

    @Test
    void reachingAnEndingFinishesTheSession() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);
        s.choose(1, 1);
        s.choose(1, 1);

        assertThat(s.isFinished()).isTrue();
        assertThat(s.ending()).map(Ending::outcome).contains(Outcome.LEVEL_SKIPPING);
        assertThatThrownBy(() -> s.choose(0, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(s::currentNode).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void typedWordsAreLoggedOnFreeTextNodesOnly() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);

        Turn turn = s.choose(0, 20, "您好，请坐，慢慢说。");

        assertThat(turn.words()).isEqualTo("您好，请坐，慢慢说。");
        assertThatThrownBy(() -> s.choose(0, 1, "随便说说")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoredReplyMovesTheMoodByItsOwnEffectsAndFollowsTheRoutedChoice() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);
        Effects scored = new Effects(Map.of(Tag.PROFESSIONAL_ETHICS, -6), List.of(Tag.BUCK_PASSING), 35, -10);

        Turn turn = s.choose(1, 9, "不归我们管", scored);

        assertThat(turn.deltas()).isEqualTo(scored);
        assertThat(turn.stateAfter()).isEqualTo(new VisitorState(85, 40));
        assertThat(turn.movedTo())
                .as("the transition on agitation >= 80 still applies")
                .isEqualTo("angry");
        assertThat(s.turns()).hasSize(1);
    }

    @Test
    void scoredEffectsOnANodeWithoutFreeTextAreRefused() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);
        s.choose(0, 1);

        assertThatThrownBy(() -> s.choose(0, 1, null, Effects.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTypedReplyFollowsAChoiceOfTheSameTabooElseTheBestOrThePlainestChoice() {
        ScenarioNode a = scenario.node("a").orElseThrow();
        ReplyScore cold = new ReplyScore("x", List.of(), new Effects(null, List.of(Tag.COLD_RECEPTION), 0, 0));
        ReplyScore otherTaboo = new ReplyScore("x", List.of(), new Effects(null, List.of(Tag.IMPATIENCE), 0, 0));
        ReplyScore.Hit warm = new ReplyScore.Hit(Tag.WARMTH, "请坐", "请坐", 0, 2, false, null);
        ReplyScore good = new ReplyScore("请坐", List.of(warm), Effects.NONE);
        ReplyScore nothing = new ReplyScore("嗯", List.of(), Effects.NONE);

        assertThat(FreeTextRoute.choiceFor(a, cold)).isEqualTo(1);
        assertThat(FreeTextRoute.choiceFor(a, otherTaboo))
                .as("any taboo choice")
                .isEqualTo(1);
        assertThat(FreeTextRoute.choiceFor(a, good)).isZero();
        assertThat(FreeTextRoute.choiceFor(a, nothing))
                .as("the only non-taboo choice")
                .isZero();
    }

    @Test
    void badChoiceIndexAndNegativeTimeAreRefused() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);

        assertThatThrownBy(() -> s.choose(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.choose(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.turns()).isEmpty();
    }

    @Test
    void invalidScenarioCannotBeStarted() {
        Scenario loop = Fixtures.scenario("loop.yaml");

        assertThatThrownBy(() -> RolePlay.start(loop, Fixtures.CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copyIsIndependentOfTheOriginal() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);
        Session copy = s.copy();

        copy.choose(1, 1);

        assertThat(s.turns()).isEmpty();
        assertThat(s.position()).isEqualTo("a");
    }

    @Test
    void explorerFindsEveryEndingOfTheFixture() {
        assertThat(ScenarioExplorer.reachableEndings(scenario)).containsOnlyKeys("done", "gone");
    }

    @Test
    void explorerHonoursTheMoodSoAnEndingBehindAnUnreachableThresholdIsNotFound() {
        Scenario calm = new Scenario(
                scenario.file(),
                scenario.id(),
                scenario.title(),
                scenario.persona(),
                new VisitorState(0, 50),
                scenario.start(),
                scenario.nodes(),
                scenario.endings());

        assertThat(ScenarioValidator.validate(calm)).isEmpty();
        assertThat(ScenarioExplorer.reachableEndings(calm)).containsOnlyKeys("done");
    }
}
