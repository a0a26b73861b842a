package academy.xinfang.quiz.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a review marks in one answer, part by part, so that a reader sees at a glance what was right: each option
 * (chosen or not, right or not), each matching pair and each ordering position (placed right or not, with what belongs
 * there), and a typed answer. A part the officer chose wrongly is {@link State#WRONG}; a right option left out is
 * {@link State#MISSED}; an option neither chosen nor right is {@link State#NONE} and carries no sign.
 */
public final class ReviewMarks {
    /** How one part came out; the page turns it into a sign and a phrase for screen readers. */
    public enum State {
        RIGHT,
        WRONG,
        MISSED,
        NONE
    }

    /**
     * One part: its label (option text, the left side of a pair, the step, the typed text), what was placed there
     * (pairs and positions only, null when nothing) and what belongs there (pairs, positions and fill answers only).
     */
    public record Mark(String label, String given, String expected, State state) implements Serializable {
        public Mark {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(state, "state");
        }
    }

    private ReviewMarks() {}

    public static List<Mark> of(Question q, Answer answer) {
        List<Mark> marks = new ArrayList<>();
        switch (q.type()) {
            case SINGLE, CASE, MULTIPLE -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    Choice c = q.choices().get(i);
                    boolean right = q.type() == QuestionType.MULTIPLE ? c.isPositive() : c.isFullyRight();
                    marks.add(new Mark(c.text(), null, null, state(chosen(answer, i), right)));
                }
            }
            case TRUE_FALSE -> {
                Boolean given = answer instanceof Answer.TrueFalse tf ? tf.value() : null;
                marks.add(new Mark("√", null, null, state(Boolean.TRUE.equals(given), q.trueFalseAnswer())));
                marks.add(new Mark("×", null, null, state(Boolean.FALSE.equals(given), !q.trueFalseAnswer())));
            }
            case FILL -> {
                String text = answer instanceof Answer.Fill fill ? fill.text() : "";
                boolean right = !text.isEmpty() && Grader.grade(q, answer).correct();
                marks.add(new Mark(
                        text, null, String.join(" / ", q.acceptedAnswers()), right ? State.RIGHT : State.WRONG));
            }
            case MATCHING, ORDERING -> {
                List<String> placed = answer instanceof Answer.Matching m
                        ? m.rights()
                        : answer instanceof Answer.Ordering o ? o.steps() : List.of();
                for (int i = 0; i < q.pairs().size(); i++) {
                    MatchPair pair = q.pairs().get(i);
                    String given = i < placed.size() && !placed.get(i).isEmpty() ? placed.get(i) : null;
                    marks.add(new Mark(
                            pair.left(), given, pair.right(), pair.right().equals(given) ? State.RIGHT : State.WRONG));
                }
            }
        }
        return marks;
    }

    private static boolean chosen(Answer answer, int index) {
        return answer instanceof Answer.Single s && s.index() == index
                || answer instanceof Answer.Multiple m && m.indexes().contains(index);
    }

    private static State state(boolean chosen, boolean right) {
        if (chosen) {
            return right ? State.RIGHT : State.WRONG;
        }
        return right ? State.MISSED : State.NONE;
    }
}
