package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.List;

/**
 * Which of a free-text node's choices a scored reply follows, so that the talk goes on along a path the author wrote
 * (and the validator checked): a reply that breaks a taboo follows the first choice breaking the same taboo, else the
 * first choice breaking any; a reply with no taboo follows the non-taboo choice with the largest quality sum when it
 * showed a good attitude, and the one with the smallest sum when the scorer found nothing in it (a plain reply moves
 * the talk on the plain way). When a node has no choice of the kind wanted, its first choice is followed.
 */
public final class FreeTextRoute {
    private FreeTextRoute() {}

    public static int choiceFor(ScenarioNode node, ReplyScore score) {
        List<Choice> choices = node.choices();
        List<Tag> taboos = score.effects().taboos();
        if (!taboos.isEmpty()) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).effects().taboos().stream().anyMatch(taboos::contains)) {
                    return i;
                }
            }
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).breaksTaboo()) {
                    return i;
                }
            }
            return 0;
        }
        boolean good = score.hits().stream().anyMatch(ReplyScore.Hit::counts);
        int best = -1;
        int bestSum = 0;
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.breaksTaboo()) {
                continue;
            }
            int sum = c.effects().qualities().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            if (best < 0 || (good ? sum > bestSum : sum < bestSum)) {
                best = i;
                bestSum = sum;
            }
        }
        return Math.max(best, 0);
    }

    /** The node's best authored reply: the non-taboo choice with the largest quality sum (the first on a tie). */
    public static Choice best(ScenarioNode node) {
        Choice best = null;
        int bestSum = Integer.MIN_VALUE;
        for (Choice c : node.choices()) {
            int sum = c.effects().qualities().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            if (!c.breaksTaboo() && sum > bestSum) {
                best = c;
                bestSum = sum;
            }
        }
        return best;
    }
}
