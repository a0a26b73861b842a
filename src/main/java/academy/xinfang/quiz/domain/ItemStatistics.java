package academy.xinfang.quiz.domain;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of one question over a set of attempts.
 *
 * <ul>
 *   <li>{@code facility}: mean score, 0 (nobody right) to 1 (everybody right).
 *   <li>{@code discrimination}: correlation of the item score with the rest of the attempt; NaN when either does
 *       not vary (for instance everybody answered right), since no correlation exists then.
 *   <li>{@code optionCounts}: how many learners chose each option (bank index), for distractor analysis;
 *       {@code omitted}: responses without a chosen option.
 *   <li>{@code flagged}: discrimination below 0.1 or undefined, so a trainer should review the question.
 * </ul>
 */
public record ItemStatistics(
        String questionName,
        int responses,
        double facility,
        double discrimination,
        Map<Integer, Integer> optionCounts,
        int omitted,
        boolean flagged) {

    public static final double LOW_DISCRIMINATION = 0.1;

    public ItemStatistics {
        optionCounts = Collections.unmodifiableMap(new TreeMap<>(optionCounts));
    }

    /** Share of responses choosing the option (0 when it was never chosen). */
    public double optionFrequency(int option) {
        return responses == 0 ? 0 : (double) optionCounts.getOrDefault(option, 0) / responses;
    }
}
