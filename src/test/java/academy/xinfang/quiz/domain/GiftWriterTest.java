package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

    private static List<Question> roundTrip(List<Question> questions) {
        BankParseResult result = GiftParser.parse("w.gift", GiftWriter.write(questions));
        assertThat(result.problems()).isEmpty();
        return SampleQuestions.withoutLines(result.questions());
    }

    @Test
    void parsingWhatWasWrittenGivesTheSameQuestions() {
        assertThat(roundTrip(SampleQuestions.all())).isEqualTo(SampleQuestions.all());
    }

    @Test
    void blankLinesAndCommentLikeLinesInsideTextSurviveAsEscapedBreaks() {
        Question q = new Question(
                "",
                "n",
                QuestionType.SINGLE,
                "para one\n\npara two\n// not a comment",
                "",
                List.of(Choice.right("a", ""), Choice.wrong("b", "")),
                List.of(),
                "",
                Set.of(),
                null,
                0);
        assertThat(GiftWriter.write(List.of(q))).contains("para one\\n\\npara two\\n// not a comment");
        assertThat(roundTrip(List.of(q))).containsExactly(q);
    }

    @Test
    void writesOurConventions() {
        String text = GiftWriter.write(SampleQuestions.all().subList(0, 1));
        assertThat(text).isEqualTo("""
                $CATEGORY: $course$/a

                // @tags: WARMTH, COLD_RECEPTION @section: m#s @type: single
                // [id:s-1] [tag:WARMTH] [tag:COLD_RECEPTION] [tag:module:m] [tag:section:s] [tag:type:single]
                ::s-1::[markdown]Pick \\{one\\}\\: a\\~b \\= c\\#d \\\\ e{
                =x\\: y #right \\# because
                ~z
                ~%50%half #half way
                ####explained \\{here\\}
                }
                """);
    }
}
