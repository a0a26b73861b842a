package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerCodecTest {
    private static final Question SINGLE = ShortQuestions.SINGLE;
    private static final Question MULTIPLE = ShortQuestions.MULTIPLE;
    private static final Question FILL = ShortQuestions.choices(QuestionType.FILL, List.of(Choice.right("60日", "")));
    private static final Question ORDER = ShortQuestions.ORDER;
    private static final Question TF = Question.trueFalse("", "t", "Q", false, "w", "r", "", Set.of(), null, 0);

    @Test
    void decodesEachKindToTheAnswerTheGraderMarks() {
        assertThat(Grader.grade(SINGLE, AnswerCodec.decode(SINGLE, "S:1")).correct())
                .isTrue();
        assertThat(Grader.grade(MULTIPLE, AnswerCodec.decode(MULTIPLE, "M:0,2")).score())
                .isEqualTo(1.0);
        assertThat(Grader.grade(MULTIPLE, AnswerCodec.decode(MULTIPLE, "M:0,1")).score())
                .isEqualTo(0.0);
        assertThat(Grader.grade(FILL, AnswerCodec.decode(FILL, "F:６０ 日")).correct())
                .isTrue();
        assertThat(Grader.grade(TF, AnswerCodec.decode(TF, "T:0")).correct()).isTrue();
        assertThat(Grader.grade(ORDER, AnswerCodec.decode(ORDER, "P:0,1,2")).correct())
                .isTrue();
        // two of three positions wrong: one third of the mark
        assertThat(Grader.grade(ORDER, AnswerCodec.decode(ORDER, "P:0,2,1")).score())
                .isEqualTo(1.0 / 3);
    }

    @Test
    void emptyAndUnplacedAnswersAreBlank() {
        assertThat(AnswerCodec.decode(SINGLE, "")).isInstanceOf(Answer.Blank.class);
        assertThat(AnswerCodec.decode(MULTIPLE, "M:")).isInstanceOf(Answer.Blank.class);
        assertThat(AnswerCodec.decode(FILL, "F:  ")).isInstanceOf(Answer.Blank.class);
        assertThat(AnswerCodec.decode(ORDER, "P:-1,-1,-1")).isInstanceOf(Answer.Blank.class);
    }

    @Test
    void forgedAnswersAreRefused() {
        assertThatThrownBy(() -> AnswerCodec.decode(SINGLE, "S:3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(SINGLE, "M:1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(TF, "T:yes")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(ORDER, "P:0,1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(FILL, "F:" + "长".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnswerCodec.decode(SINGLE, "garbage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chosenOptionFeedsDistractorAnalysis() {
        assertThat(AnswerCodec.chosenOption(AnswerCodec.decode(SINGLE, "S:2"))).isEqualTo(2);
        assertThat(AnswerCodec.chosenOption(AnswerCodec.decode(TF, "T:1"))).isEqualTo(0);
        assertThat(AnswerCodec.chosenOption(AnswerCodec.decode(TF, "T:0"))).isEqualTo(1);
        assertThat(AnswerCodec.chosenOption(AnswerCodec.decode(FILL, "F:x"))).isNull();
    }

    @Test
    void bankKeysComeFromFileNames() {
        assertThat(BankFiles.keyOf("09-six-taboos.gift")).contains("six-taboos");
        assertThat(BankFiles.keyOf("my-bank.txt")).contains("my-bank");
        assertThat(BankFiles.keyOf("../evil.gift")).isEmpty();
        assertThat(BankFiles.keyOf("题库.gift")).isEmpty();
    }
}
