package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RolePlayScoreTest {

    private final Scenario scenario = Fixtures.scenario("valid.yaml");

    private RolePlayScore play(int... choices) {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);
        for (int c : choices) {
            s.choose(c, 3);
        }
        return RolePlayScore.of(s);
    }

    @Test
    void onlyTheQualitiesTheScenarioExercisesAreScoredOnTheRangeItsRunsReach() {
        // runs reach PROFESSIONAL_ETHICS -10..+10 and POLICY_AND_LAW -10..+60; no reply moves the other five
        RolePlayScore best = play(0, 0);
        RolePlayScore promise = play(0, 1);

        assertThat(best.qualities()).containsOnlyKeys(Tag.PROFESSIONAL_ETHICS, Tag.POLICY_AND_LAW);
        assertThat(best.qualities()).containsEntry(Tag.PROFESSIONAL_ETHICS, 100).containsEntry(Tag.POLICY_AND_LAW, 100);
        assertThat(promise.qualities())
                .containsEntry(Tag.PROFESSIONAL_ETHICS, 100)
                .containsEntry(Tag.POLICY_AND_LAW, 0);
    }

    @Test
    void thePerfectRunEarnsAnA() {
        RolePlayScore score = play(0, 0);

        // mean (100 + 100) / 2 = 100, SETTLED +10, clamped
        assertThat(score.points()).isEqualTo(100);
        assertThat(score.grade()).isEqualTo(RolePlayScore.Grade.A);
        assertThat(score.caps()).isEmpty();
        assertThat(score.tabooHits()).isEmpty();
        assertThat(score.ending().outcome()).isEqualTo(Outcome.SETTLED);
    }

    @Test
    void aRunBetweenTheExtremesScoresBetween() {
        RolePlayScore score = play(1, 0, 0);

        // ETHICS -10 → 0, POLICY +60 → 100: mean 50, one taboo −5, SETTLED +10
        assertThat(score.points()).isEqualTo(55);
        assertThat(score.cappedByTaboo()).isFalse();
    }

    @Test
    void aNodeAnsweredAgainAfterALoopDoesNotEarnItsCreditTwice() {
        String yaml = """
                id: loop
                title: 绕回来
                persona: {visitorType: AGITATED, name: 甲, background: 乙, wants: 丙}
                initial: {agitation: 50, trust: 50}
                nodes:
                  - id: ask
                    stage: LISTENING
                    visitor: 说吧
                    choices:
                      - {text: 耐心听, effects: {qualities: {PSYCHOLOGICAL_RESILIENCE: 10}}, next: end}
                      - {text: 激他, effects: {agitation: 40}, next: end}
                    transitions:
                      - {when: "agitation >= 80", next: calm}
                  - id: calm
                    stage: RECEIVING
                    visitor: 你什么态度！
                    choices:
                      - {text: 安抚, effects: {agitation: -40}, next: ask}
                      - {text: 不管, next: gone}
                endings:
                  - {id: end, outcome: SETTLED, debrief: 好}
                  - {id: gone, outcome: ESCALATED, debrief: 坏}
                """;
        Scenario loop = ScenarioLoader.load("loop.yaml", yaml).scenario().orElseThrow();
        Session s = RolePlay.start(loop, Fixtures.CLOCK);
        s.choose(0, 1);
        Session provoked = RolePlay.start(loop, Fixtures.CLOCK);
        provoked.choose(1, 1);
        provoked.choose(0, 1);
        provoked.choose(0, 1);

        assertThat(provoked.turns()).extracting(Turn::nodeId).containsExactly("ask", "calm", "ask");
        assertThat(RolePlayScore.of(provoked).qualities())
                .as("ask counts at its first answer only")
                .containsEntry(Tag.PSYCHOLOGICAL_RESILIENCE, 0);
        assertThat(RolePlayScore.of(s).qualities()).containsEntry(Tag.PSYCHOLOGICAL_RESILIENCE, 100);
    }

    @Test
    void everyTabooIsCitedWithTurnWordsAndBetterReply() {
        RolePlayScore score = play(1, 0, 1);

        assertThat(score.tabooHits())
                .extracting(TabooHit::turn, TabooHit::taboo, TabooHit::words)
                .containsExactly(Tuple.tuple(1, Tag.COLD_RECEPTION, "冷淡"), Tuple.tuple(3, Tag.CARELESS_PROMISE, "乱许诺"));
        assertThat(score.tabooHits().get(1).better()).isEqualTo("依据政策答复");
        assertThat(score.tabooHits().get(1).section()).isEqualTo("six-taboos#careless-promise");
        assertThat(score.tabooHits().get(1).isSerious()).isTrue();
        assertThat(score.tabooHits().get(0).isSerious()).isFalse();
    }

    @Test
    void seriousTabooCapsTheGradeAtC() {
        Scenario generous = withPolicyBonus(200);
        Session s = RolePlay.start(generous, Fixtures.CLOCK);
        s.choose(0, 1);
        s.choose(1, 1);

        RolePlayScore score = RolePlayScore.of(s);

        assertThat(score.points()).isLessThanOrEqualTo(RolePlayScore.CAP_FAILURE);
        assertThat(score.grade()).isEqualTo(RolePlayScore.Grade.C);
        assertThat(score.caps()).containsExactly("seriousTaboo");
        assertThat(score.cappedByTaboo()).isTrue();
    }

    @Test
    void levelSkippingEndingCapsTheGrade() {
        RolePlayScore score = play(1, 1);

        assertThat(score.ending().outcome()).isEqualTo(Outcome.LEVEL_SKIPPING);
        assertThat(score.caps()).containsExactly("ending.LEVEL_SKIPPING");
        assertThat(score.points()).isLessThanOrEqualTo(RolePlayScore.CAP_FAILURE);
    }

    @Test
    void uncappedHighScoreEarnsAnA() {
        Scenario generous = withPolicyBonus(1000);
        Session s = RolePlay.start(generous, Fixtures.CLOCK);
        s.choose(0, 1);
        s.choose(0, 1);

        assertThat(RolePlayScore.of(s).grade()).isEqualTo(RolePlayScore.Grade.A);
    }

    @Test
    void unfinishedSessionCannotBeScored() {
        Session s = RolePlay.start(scenario, Fixtures.CLOCK);

        assertThatThrownBy(() -> RolePlayScore.of(s)).isInstanceOf(IllegalStateException.class);
    }

    /** The fixture with every quality raised by {@code bonus} on the first, warm reply. */
    private Scenario withPolicyBonus(int bonus) {
        ScenarioNode a = scenario.node("a").orElseThrow();
        Choice warm = a.choices().get(0);
        Map<Tag, Integer> all = new EnumMap<>(Tag.class);
        for (Tag t : Tag.values()) {
            if (t.kind() == TagKind.QUALITY) {
                all.put(t, bonus);
            }
        }
        Choice boosted = new Choice(warm.text(), new Effects(all, List.of(), -10, 10), warm.next(), "", "", 0);
        ScenarioNode newA = new ScenarioNode(
                "a",
                a.stage(),
                a.visitor(),
                a.freeText(),
                List.of(boosted, a.choices().get(1)),
                a.transitions(),
                a.line());
        List<ScenarioNode> nodes = new ArrayList<>(scenario.nodes());
        nodes.set(0, newA);
        return new Scenario(
                scenario.file(),
                scenario.id(),
                scenario.title(),
                scenario.persona(),
                scenario.initial(),
                scenario.start(),
                nodes,
                scenario.endings());
    }
}
