package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.content.domain.Tag;
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
    void qualitiesStartAtFiftyAddDeltasAndClamp() {
        RolePlayScore score = play(0, 0);

        assertThat(score.qualities()).hasSize(7);
        assertThat(score.qualities()).containsEntry(Tag.PROFESSIONAL_ETHICS, 60);
        assertThat(score.qualities()).containsEntry(Tag.POLICY_AND_LAW, 100);
        assertThat(score.qualities()).containsEntry(Tag.INNOVATION, 50);
    }

    @Test
    void cleanSettledSessionIsNotCapped() {
        RolePlayScore score = play(0, 0);

        // mean (60 + 100 + 5 × 50) / 7 = 58.57 → 59, SETTLED +10
        assertThat(score.points()).isEqualTo(69);
        assertThat(score.grade()).isEqualTo(RolePlayScore.Grade.C);
        assertThat(score.caps()).isEmpty();
        assertThat(score.tabooHits()).isEmpty();
        assertThat(score.ending().outcome()).isEqualTo(Outcome.SETTLED);
    }

    @Test
    void everyTabooIsCitedWithTurnWordsAndBetterReply() {
        RolePlayScore score = play(1, 0, 1);

        assertThat(score.tabooHits()).extracting(TabooHit::turn, TabooHit::taboo, TabooHit::words)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Tag.COLD_RECEPTION, "冷淡"),
                        org.assertj.core.groups.Tuple.tuple(3, Tag.CARELESS_PROMISE, "乱许诺"));
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
        java.util.Map<Tag, Integer> all = new java.util.EnumMap<>(Tag.class);
        for (Tag t : Tag.values()) {
            if (t.kind() == academy.xinfang.content.domain.TagKind.QUALITY) {
                all.put(t, bonus);
            }
        }
        Choice boosted = new Choice(warm.text(), new Effects(all, java.util.List.of(), -10, 10), warm.next(),
                "", "", 0);
        ScenarioNode newA = new ScenarioNode("a", a.stage(), a.visitor(), a.freeText(),
                java.util.List.of(boosted, a.choices().get(1)), a.transitions(), a.line());
        java.util.List<ScenarioNode> nodes = new java.util.ArrayList<>(scenario.nodes());
        nodes.set(0, newA);
        return new Scenario(scenario.file(), scenario.id(), scenario.title(), scenario.persona(), scenario.initial(),
                scenario.start(), nodes, scenario.endings());
    }
}
