package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChoiceOrderTest {

    private static ScenarioNode node(String id, int choices) {
        List<Choice> list = IntStream.range(0, choices)
                .mapToObj(i -> new Choice("reply " + i, Effects.NONE, "end", null, null, 0))
                .toList();
        return new ScenarioNode(id, Stage.RECEIVING, "visitor", false, list, List.of(), 0);
    }

    @Test
    void everyChoiceIsShownExactlyOnce() {
        ScenarioNode node = node("a", 5);

        for (long seed = 0; seed < 50; seed++) {
            assertThat(ChoiceOrder.of(node, seed)).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        }
    }

    @Test
    void oneSeedAlwaysGivesTheSameOrder() {
        ScenarioNode node = node("a", 5);

        assertThat(ChoiceOrder.of(node, 42L)).isEqualTo(ChoiceOrder.of(node(node.id(), 5), 42L));
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        ScenarioNode node = node("a", 4);
        Set<List<Integer>> orders = new HashSet<>();
        int firstShownFirst = 0;
        for (long seed = 0; seed < 200; seed++) {
            List<Integer> order = ChoiceOrder.of(node, seed);
            orders.add(order);
            if (order.get(0) == 0) {
                firstShownFirst++;
            }
        }

        assertThat(orders).as("orders over 200 seeds").hasSizeGreaterThan(12);
        assertThat(firstShownFirst)
                .as("sessions showing the authored first reply first")
                .isBetween(20, 90);
    }

    @Test
    void nodesOfOneSessionAreShuffledIndependently() {
        ScenarioNode a = node("a", 4);
        ScenarioNode b = node("b", 4);
        int samePlace = 0;
        for (long seed = 0; seed < 400; seed++) {
            if (ChoiceOrder.of(a, seed).indexOf(0) == ChoiceOrder.of(b, seed).indexOf(0)) {
                samePlace++;
            }
        }

        assertThat(samePlace)
                .as("sessions where the first reply sits at the same place at two nodes (chance: 100)")
                .isBetween(60, 140);
    }
}
