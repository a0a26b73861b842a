package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    private static final double EPS = 1e-5;

    /** One attempt per row, one column per item q1..qn; choices may be null. */
    private static List<Response> responses(double[][] scores, Integer[][] choices) {
        List<Response> out = new ArrayList<>();
        for (int a = 0; a < scores.length; a++) {
            for (int q = 0; q < scores[a].length; q++) {
                out.add(new Response(
                        "a" + (a + 1), "q" + (q + 1), scores[a][q], choices == null ? null : choices[a][q]));
            }
        }
        return out;
    }

    /*
     * Hand computation, a "Guttman" data set where better attempts get every easier item right:
     *
     *        q1 q2 q3 | total
     *   a1    1  1  1 |   3
     *   a2    1  1  0 |   2
     *   a3    1  0  0 |   1
     *   a4    0  0  0 |   0
     *
     * facility: q1 3/4 = .75, q2 2/4 = .5, q3 1/4 = .25
     *
     * discrimination = Pearson r(item, rest), rest = total - item:
     *   q1: x = 1,1,1,0 (mean .75), rest = 2,1,0,0 (mean .75)
     *       dx = .25,.25,.25,-.75; dr = 1.25,.25,-.75,-.75
     *       Σdxdr = .3125 + .0625 - .1875 + .5625 = .75; Σdx² = .75; Σdr² = 2.75
     *       r = .75 / sqrt(.75 × 2.75) = .75 / 1.436141 = .522233
     *   q2: x = 1,1,0,0 (mean .5), rest = 2,1,1,0 (mean 1)
     *       dx = .5,.5,-.5,-.5; dr = 1,0,0,-1; Σdxdr = 1; Σdx² = 1; Σdr² = 2; r = 1/√2 = .707107
     *   q3: x = 1,0,0,0 (mean .25), rest = 2,2,1,0 (mean 1.25)
     *       dx = .75,-.25,-.25,-.25; dr = .75,.75,-.25,-1.25
     *       Σdxdr = .5625 - .1875 + .0625 + .3125 = .75; Σdx² = .75; Σdr² = 2.75; r = .522233
     *
     * Cronbach's alpha (population variances): item variances p(1-p) = .1875 + .25 + .1875 = .625;
     *   totals 3,2,1,0 (mean 1.5), variance (2.25 + .25 + .25 + 2.25) / 4 = 1.25;
     *   alpha = 3/2 × (1 - .625 / 1.25) = .75
     *
     * options chosen: q1 a1..a3 chose option 0, a4 option 2 -> {0: 3, 2: 1};
     *                 q2 a1, a2 option 1, a3 option 3, a4 left it blank -> {1: 2, 3: 1}, omitted 1
     */
    @Test
    void computesFacilityDiscriminationDistractorsAndAlphaAsByHand() {
        double[][] scores = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}};
        Integer[][] choices = {{0, 1, null}, {0, 1, null}, {0, 3, null}, {2, null, null}};
        ItemAnalysis analysis = ItemAnalysis.of(responses(scores, choices));

        assertThat(analysis.attempts()).isEqualTo(4);
        assertThat(analysis.items()).extracting(ItemStatistics::questionName).containsExactly("q1", "q2", "q3");
        assertThat(analysis.items()).extracting(ItemStatistics::facility).containsExactly(0.75, 0.5, 0.25);
        assertThat(analysis.item("q1").discrimination()).isCloseTo(0.522233, within(EPS));
        assertThat(analysis.item("q2").discrimination()).isCloseTo(0.707107, within(EPS));
        assertThat(analysis.item("q3").discrimination()).isCloseTo(0.522233, within(EPS));
        assertThat(analysis.items()).noneMatch(ItemStatistics::flagged);
        assertThat(analysis.cronbachAlpha()).isCloseTo(0.75, within(EPS));

        assertThat(analysis.item("q1").optionCounts()).isEqualTo(Map.of(0, 3, 2, 1));
        assertThat(analysis.item("q1").optionFrequency(0)).isEqualTo(0.75);
        assertThat(analysis.item("q1").optionFrequency(1)).isZero();
        assertThat(analysis.item("q2").optionCounts()).isEqualTo(Map.of(1, 2, 3, 1));
        assertThat(analysis.item("q2").omitted()).isEqualTo(1);
    }

    /*
     * Hand computation, items that do not discriminate:
     *
     *        q1 q2 q3 | total
     *   a1    1  1  1 |   3
     *   a2    1  1  0 |   2
     *   a3    1  0  0 |   1
     *   a4    0  0  1 |   1
     *
     *   q1: x = 1,1,1,0 (mean .75), rest = 2,1,0,1 (mean 1); dx = .25,.25,.25,-.75; dr = 1,0,-1,0
     *       Σdxdr = .25 - .25 = 0 -> r = 0, flagged (below 0.1)
     *   q2: x = 1,1,0,0, rest = 2,1,1,1 (mean 1.25); dx = .5,.5,-.5,-.5; dr = .75,-.25,-.25,-.25
     *       Σdxdr = .5; Σdx² = 1; Σdr² = .75; r = .5 / √.75 = .577350, not flagged
     *   q3: x = 1,0,0,1, rest = 2,2,1,0 (mean 1.25); dx = .5,-.5,-.5,.5; dr = .75,.75,-.25,-1.25
     *       Σdxdr = -.5; Σdx² = 1; Σdr² = 2.75; r = -.5 / √2.75 = -.301511, flagged (negative)
     *   alpha: item variances .1875 + .25 + .25 = .6875; totals 3,2,1,1 (mean 1.75), variance .6875;
     *       alpha = 3/2 × (1 - 1) = 0
     */
    @Test
    void flagsItemsWithNearZeroOrNegativeDiscrimination() {
        double[][] scores = {{1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 1}};
        ItemAnalysis analysis = ItemAnalysis.of(responses(scores, null));
        assertThat(analysis.item("q1").discrimination()).isCloseTo(0, within(EPS));
        assertThat(analysis.item("q2").discrimination()).isCloseTo(0.577350, within(EPS));
        assertThat(analysis.item("q3").discrimination()).isCloseTo(-0.301511, within(EPS));
        assertThat(analysis.items()).extracting(ItemStatistics::flagged).containsExactly(true, false, true);
        assertThat(analysis.cronbachAlpha()).isCloseTo(0, within(EPS));
        assertThat(analysis.item("q1").omitted()).isEqualTo(4);
    }

    @Test
    void anItemEverybodyGotRightHasNoDiscriminationAndIsFlagged() {
        double[][] scores = {{1, 1}, {1, 0}, {1, 0.5}};
        ItemAnalysis analysis = ItemAnalysis.of(responses(scores, null));
        assertThat(analysis.item("q1").facility()).isEqualTo(1.0);
        assertThat(analysis.item("q1").discrimination()).isNaN();
        assertThat(analysis.item("q1").flagged()).isTrue();
        assertThat(analysis.item("q2").facility()).isEqualTo(0.5);
    }

    @Test
    void refusesTwoResponsesToOneQuestionInOneAttempt() {
        List<Response> twice = List.of(new Response("a", "q", 1, null), new Response("a", "q", 0, null));
        assertThatThrownBy(() -> ItemAnalysis.of(twice)).isInstanceOf(IllegalArgumentException.class);
    }
}
