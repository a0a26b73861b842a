package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import academy.xinfang.quiz.domain.ReviewMarks.Mark;
import academy.xinfang.quiz.domain.ReviewMarks.State;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewMarksTest {
    private static final Question SINGLE = ShortQuestions.SINGLE;
    private static final Question MULTIPLE = ShortQuestions.MULTIPLE;
    private static final Question FILL =
            ShortQuestions.choices(QuestionType.FILL, List.of(Choice.right("60日", ""), Choice.right("六十日", "")));
    private static final Question ORDER = ShortQuestions.ORDER;
    private static final Question TF = Question.trueFalse("", "t", "Q", true, "w", "r", "", Set.of(), null, 0);

    private static List<State> states(Question q, String response) {
        return ReviewMarks.of(q, AnswerCodec.decode(q, response)).stream()
                .map(Mark::state)
                .toList();
    }

    @Test
    void aWrongSingleChoiceIsCrossedAndTheRightOneShownAsMissed() {
        assertThat(states(SINGLE, "S:0")).containsExactly(State.WRONG, State.MISSED, State.NONE);
        assertThat(states(SINGLE, "S:1")).containsExactly(State.NONE, State.RIGHT, State.NONE);
    }

    @Test
    void eachOptionOfAMultipleChoiceIsMarkedOnItsOwn() {
        assertThat(states(MULTIPLE, "M:0,1")).containsExactly(State.RIGHT, State.WRONG, State.MISSED);
    }

    @Test
    void trueFalseMarksTheChosenSideAndTheRightOne() {
        assertThat(ReviewMarks.of(TF, AnswerCodec.decode(TF, "T:0")))
                .extracting(Mark::label, Mark::state)
                .containsExactly(tuple("√", State.MISSED), tuple("×", State.WRONG));
    }

    @Test
    void eachOrderingPositionIsMarkedWithWhatBelongsThere() {
        List<Mark> marks = ReviewMarks.of(ORDER, AnswerCodec.decode(ORDER, "P:0,2,-1"));
        assertThat(marks).extracting(Mark::state).containsExactly(State.RIGHT, State.WRONG, State.WRONG);
        assertThat(marks.get(1).given()).isEqualTo("办理");
        assertThat(marks.get(1).expected()).isEqualTo("受理");
        assertThat(marks.get(2).given()).as("nothing placed").isNull();
    }

    @Test
    void aFillAnswerIsMarkedAsTheGraderMarksItAndListsTheAcceptedAnswers() {
        Mark right = ReviewMarks.of(FILL, AnswerCodec.decode(FILL, "F:６０ 日")).get(0);
        assertThat(right.state()).isEqualTo(State.RIGHT);
        assertThat(right.label()).isEqualTo("６０ 日");
        assertThat(right.expected()).isEqualTo("60日 / 六十日");
        assertThat(states(FILL, "")).containsExactly(State.WRONG);
    }

    @Test
    void aBlankAnswerMarksNothingChosen() {
        assertThat(states(SINGLE, "")).containsExactly(State.NONE, State.MISSED, State.NONE);
        assertThat(states(ORDER, "")).containsOnly(State.WRONG);
    }
}
