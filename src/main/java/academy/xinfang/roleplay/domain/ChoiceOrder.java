package academy.xinfang.roleplay.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The order in which a node's replies are shown in one session: shuffled from the session's seed and the node's id,
 * so that a reload, another node of the cluster or a restart shows the same order, while the authored order (where the
 * best reply tends to come first) tells the officer nothing. As with quiz options, replies keep their authored index
 * as their id; only the display changes, and the log, the scorecard and the trainers' pages go by the id.
 * <p>
 * Unlike {@code java.util.Random}, whose first draws from seeds that differ in a few low bits are nearly the same,
 * {@link SplittableRandom} mixes its seed: the nodes of one session (seed combined with similar node ids) are shuffled
 * independently, so the best reply's place at one node says nothing about its place at the next.
 */
public final class ChoiceOrder {

    private ChoiceOrder() {}

    /** The authored indexes of the node's choices, in display order. */
    public static List<Integer> of(ScenarioNode node, long seed) {
        List<Integer> order = new ArrayList<>(
                IntStream.range(0, node.choices().size()).boxed().toList());
        SplittableRandom random = new SplittableRandom(seed * 31 + node.id().hashCode());
        for (int i = order.size() - 1; i > 0; i--) {
            Collections.swap(order, i, random.nextInt(i + 1));
        }
        return List.copyOf(order);
    }
}
