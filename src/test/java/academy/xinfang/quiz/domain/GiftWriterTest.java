package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.vocabulary.Tag;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

    private static final Set<Tag> TAGS = new LinkedHashSet<>(List.of(Tag.WARMTH, Tag.COLD_RECEPTION));

    private static List<Question> roundTrip(List<Question> questions) {
        BankParseResult result = GiftParser.parse("w.gift", GiftWriter.write(questions));
        assertThat(result.problems()).isEmpty();
        return RealBanksTest.withoutLines(result.questions());
    }

    static List<Question> sample() {
        return List.of(
                new Question("$course$/a", "s-1", QuestionType.SINGLE, "Pick {one}: a~b = c#d \\ e", "",
                        List.of(Choice.right("x: y", "right # because"), Choice.wrong("z", ""),
                                new Choice("half", new BigDecimal("50"), "half way")),
                        List.of(), "explained {here}", TAGS, "m#s", 0),
                new Question("$course$/a", "m-1", QuestionType.MULTIPLE, "Which?", "",
                        List.of(new Choice("a", new BigDecimal("33.33333"), "ok"),
                                new Choice("b", new BigDecimal("33.33333"), ""),
                                new Choice("c", new BigDecimal("33.33334"), ""),
                                new Choice("d", new BigDecimal("-50"), "no"), Choice.wrong("e", "")),
                        List.of(), "", Set.of(), "m#s", 0),
                Question.trueFalse("$course$/a/b", "t-1", "True?", true, "", "right", "gf", TAGS, "m#s", 0),
                Question.trueFalse("$course$/a/b", "t-2", "True?", false, "wrong", "", "gf", TAGS, "m#s", 0),
                Question.trueFalse("$course$/a/b", "t-3", "True?", false, "", "", "", Set.of(), null, 0),
                new Question("$course$/a/b", "f-1", QuestionType.FILL, "Limit is", "days.",
                        List.of(Choice.right("60", "yes"), new Choice("两个月", new BigDecimal("50"), "")),
                        List.of(), "Article 34", Set.of(Tag.POLICY_AND_LAW), "m#s", 0),
                new Question("$course$/a/b", "f-2", QuestionType.FILL, "Who interprets the rules?", "",
                        List.of(Choice.right("国家信访局", "")), List.of(), "", Set.of(), "m#s", 0),
                new Question("$course$/a/b", "mt-1", QuestionType.MATCHING, "Match", "", List.of(),
                        List.of(new MatchPair("a: 1", "b = 2"), new MatchPair("c", "d"), new MatchPair("e", "f")),
                        "", Set.of(), "m#s", 0),
                new Question("$course$/a/b", "o-1", QuestionType.ORDERING, "Order", "", List.of(),
                        List.of(new MatchPair("1", "first"), new MatchPair("2", "second")), "why", Set.of(),
                        "m#s", 0),
                new Question("$course$/a/b", "c-1", QuestionType.CASE, "**案例**：…\n问：怎么办？", "",
                        List.of(Choice.wrong("a", "no"), Choice.right("b", "yes")), List.of(), "解析：…", TAGS,
                        "m#s", 0));
    }

    @Test
    void parsingWhatWasWrittenGivesTheSameQuestions() {
        assertThat(roundTrip(sample())).isEqualTo(sample());
    }

    @Test
    void blankLinesAndCommentLikeLinesInsideTextSurviveAsEscapedBreaks() {
        Question q = new Question("", "n", QuestionType.SINGLE, "para one\n\npara two\n// not a comment", "",
                List.of(Choice.right("a", ""), Choice.wrong("b", "")), List.of(), "", Set.of(), null, 0);
        assertThat(GiftWriter.write(List.of(q))).contains("para one\\n\\npara two\\n// not a comment");
        assertThat(roundTrip(List.of(q))).containsExactly(q);
    }

    @Test
    void writesOurConventions() {
        String text = GiftWriter.write(sample().subList(0, 1));
        assertThat(text).isEqualTo("""
                $CATEGORY: $course$/a

                // @tags: WARMTH, COLD_RECEPTION @section: m#s @type: single
                ::s-1::[markdown]Pick \\{one\\}\\: a\\~b \\= c\\#d \\\\ e{
                =x\\: y #right \\# because
                ~z
                ~%50%half #half way
                ####explained \\{here\\}
                }
                """);
    }
}
