package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShuffleTest {

    private static Question q(String gift) {
        return GiftParser.parse("s.gift", gift).questions().get(0);
    }

    @Test
    void theSameSeedGivesTheSameOrderAndEveryOptionOnce() {
        Question single = q("::s::Q{=a ~b ~c ~d ~e ~f}");
        List<Integer> order = Shuffle.options(single, 99);
        assertThat(Shuffle.options(single, 99)).isEqualTo(order);
        assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        Set<List<Integer>> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(Shuffle.options(single, seed));
        }
        assertThat(orders).as("different seeds give different orders").hasSizeGreaterThan(1);
    }

    @Test
    void anOrderingQuestionIsNeverShownInOrder() {
        Question ordering = q("// @tags: @section: m#s @type: ordering\n::o::Q{=1 -> x =2 -> y}");
        for (long seed = 0; seed < 50; seed++) {
            assertThat(Shuffle.options(ordering, seed)).containsExactly(1, 0);
        }
    }

    @Test
    void trueFalseKeepsItsOrderAndFillHasNothingToShuffle() {
        assertThat(Shuffle.options(q("::t::Q{T}"), 5)).containsExactly(0, 1);
        assertThat(Shuffle.options(q("::f::Q{=a}"), 5)).isEmpty();
    }
}
