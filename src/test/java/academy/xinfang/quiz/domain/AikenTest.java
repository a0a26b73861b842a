package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AikenTest {

    @Test
    void readsQuestionsOptionsAndTheRightAnswer() {
        BankParseResult result = AikenParser.parse("import/basics.txt", """
                代表人数不得超过几人？
                A. 3人
                B) 5人
                C. 10人
                ANSWER: B

                Which is a form listed?
                A. Fax
                B. Banner
                ANSWER: A
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions())
                .extracting(Question::name, Question::text, Question::line)
                .containsExactly(
                        Tuple.tuple("basics-1", "代表人数不得超过几人？", 1),
                        Tuple.tuple("basics-2", "Which is a form listed?", 7));
        Question first = result.questions().get(0);
        assertThat(first.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(first.choices()).extracting(Choice::text).containsExactly("3人", "5人", "10人");
        assertThat(first.choices()).extracting(Choice::isFullyRight).containsExactly(false, true, false);
    }

    @Test
    void reportsAQuestionWithoutAnswerAndAnAnswerOutOfRange() {
        BankParseResult result = AikenParser.parse("b.txt", """
                No answer line here
                A. x
                B. y

                Out of range
                A. x
                B. y
                ANSWER: D

                Good one
                A. x
                B. y
                ANSWER: A
                """);
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(Tuple.tuple(1, "quiz.noAnswer"), Tuple.tuple(8, "quiz.badAnswer"));
        assertThat(result.questions()).extracting(Question::text).containsExactly("Good one");
    }

    @Test
    void writtenSingleChoiceQuestionsReadBackWithTheSameTextOptionsAndAnswer() {
        List<Question> singles = SampleQuestions.all().stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.CASE)
                .toList();
        String aiken = AikenWriter.write(singles);
        BankParseResult back = AikenParser.parse("x.txt", aiken);
        assertThat(back.problems()).isEmpty();
        assertThat(back.questions()).hasSize(singles.size());
        for (int i = 0; i < singles.size(); i++) {
            Question original = singles.get(i);
            Question read = back.questions().get(i);
            // Aiken is plain text: the words without Markdown, on one line
            assertThat(read.text()).isEqualTo(AikenWriter.plain(original.text()));
            assertThat(read.text()).doesNotContain("**", "\n");
            assertThat(read.choices())
                    .extracting(Choice::text)
                    .isEqualTo(original.choices().stream()
                            .map(c -> AikenWriter.plain(c.text()))
                            .toList());
            assertThat(read.choices())
                    .extracting(Choice::isFullyRight)
                    .isEqualTo(original.choices().stream()
                            .map(Choice::isFullyRight)
                            .toList());
        }
    }

    @Test
    void refusesToWriteOtherTypes() {
        Question tf = Question.trueFalse("", "t", "T?", true, "", "", "", null, null, 0);
        assertThatThrownBy(() -> AikenWriter.write(List.of(tf))).isInstanceOf(IllegalArgumentException.class);
    }
}
