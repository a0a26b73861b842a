package academy.xinfang.quiz.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The display order of a question's options, reproducible from a seed so that a reloaded attempt shows the same
 * order. Answers keep referring to the bank's indexes; only the display changes.
 */
public final class Shuffle {

    private Shuffle() {}

    /**
     * A permutation of the bank indexes: of the options (single, multiple, case), of the right sides (matching) or of
     * the steps (ordering). True/false keeps true before false and a fill question has nothing to show. An ordering
     * question is never shown already in order, since that would give the answer away.
     */
    public static List<Integer> options(Question question, long seed) {
        int size = switch (question.type()) {
            case SINGLE, MULTIPLE, CASE -> question.choices().size();
            case MATCHING, ORDERING -> question.pairs().size();
            case TRUE_FALSE -> 2;
            case FILL -> 0;
        };
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (question.type() == QuestionType.TRUE_FALSE) {
            return List.copyOf(order);
        }
        Collections.shuffle(order, new Random(seed ^ question.name().hashCode()));
        if (question.type() == QuestionType.ORDERING && size > 1 && isIdentity(order)) {
            Collections.rotate(order, 1);
        }
        return List.copyOf(order);
    }

    private static boolean isIdentity(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}
