package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.content.domain.MarkdownLimits;
import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    private static BankParseResult parse(String text) {
        return GiftParser.parse("t.gift", text);
    }

    private static Question only(String text) {
        BankParseResult result = parse(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().get(0);
    }

    @Test
    void aQuestionTextNestedTwentyThousandQuotesDeepIsReportedAtItsFileLine() {
        String text =
                "// @quiz: title=嵌套\n\n::ok::正常的题。{T}\n\n::deep::[markdown]第一行\n" + ">".repeat(20_000) + " 深{T}\n";

        BankParseResult result = GiftParser.parse("t.gift", text, MarkdownLimits::check);

        assertThat(result.problems())
                .extracting(p -> p.file() + ":" + p.line() + " " + p.key())
                .containsExactly("t.gift:6 markdown.tooDeep");
        assertThat(result.questions()).extracting(Question::name).containsExactly("ok", "deep");
        // a stored version is parsed without looking into its Markdown: it is rendered next, text by text
        assertThat(parse(text).problems()).isEmpty();
    }

    @Test
    void everyTextTheMarkdownCheckRefusesIsReportedAtTheFileLineOfItsProblem() {
        GiftParser.MarkdownCheck check = markdown -> {
            List<String> lines = markdown.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("坏")) {
                    return Optional.of(new MarkdownLimits.Violation(i + 1, "markdown.unreadable", List.of()));
                }
            }
            return Optional.empty();
        };

        BankParseResult result = GiftParser.parse("t.gift", """
                // @quiz: title=检查

                ::text::[markdown]第一行
                坏的第二行{T}

                ::explanation::[markdown]好的题{T
                ####解析第一行
                坏的解析}

                ::fill::[markdown]填空：{=五}
                后面坏了。
                """, check);

        assertThat(result.problems())
                .extracting(p -> p.file() + ":" + p.line() + " " + p.key())
                .containsExactly(
                        "t.gift:4 markdown.unreadable",
                        "t.gift:8 markdown.unreadable",
                        "t.gift:11 markdown.unreadable");
    }

    @Test
    void aSecondQuestionWithoutANameIsRefusedSinceAttemptsTellQuestionsApartByName() {
        BankParseResult result = parse("// @quiz: title=无名\n\n甲题。{T}\n\n::named::有名的题。{T}\n\n乙题。{F}\n");

        assertThat(result.questions()).extracting(Question::name).containsExactly("", "named");
        assertThat(result.problems())
                .extracting(p -> p.file() + ":" + p.line() + " " + p.key())
                .containsExactly("t.gift:7 quiz.secondUnnamed");
    }

    @Test
    void readsASingleChoiceQuestionWithMetadataFeedbackAndExplanation() {
        Question q = only("""
                $CATEGORY: $course$/six-taboos

                // @tags: COLD_RECEPTION, WARMTH @section: six-taboos#cold-reception @type: case
                ::tb-rec-cold::[markdown]**接待片段**：干部低头看手机。
                问：这段接待主要犯了哪一忌？{
                =接待冷淡 #正确。
                ~态度生硬 #不是。
                ~敷衍搪塞
                ~消极推诿 #也不是。
                ####解析：看手机就是冷淡。
                }
                """);
        assertThat(q.category()).isEqualTo("$course$/six-taboos");
        assertThat(q.categoryPath()).isEqualTo("six-taboos");
        assertThat(q.name()).isEqualTo("tb-rec-cold");
        assertThat(q.type()).isEqualTo(QuestionType.CASE);
        assertThat(q.text()).isEqualTo("**接待片段**：干部低头看手机。\n问：这段接待主要犯了哪一忌？");
        assertThat(q.choices())
                .containsExactly(
                        new Choice("接待冷淡", new BigDecimal("100"), "正确。"),
                        new Choice("态度生硬", BigDecimal.ZERO, "不是。"),
                        new Choice("敷衍搪塞", BigDecimal.ZERO, ""),
                        new Choice("消极推诿", BigDecimal.ZERO, "也不是。"));
        assertThat(q.generalFeedback()).isEqualTo("解析：看手机就是冷淡。");
        assertThat(q.tags()).containsExactly(Tag.COLD_RECEPTION, Tag.WARMTH);
        assertThat(q.section()).isEqualTo("six-taboos#cold-reception");
        assertThat(q.line()).isEqualTo(4);
    }

    @Test
    void readsPartialCreditOfAMultipleAnswerQuestion() {
        Question q = only("""
                // @tags: @section: m#s @type: multiple
                ::m1::[markdown]哪些对？{
                ~%33.33333%a #ok
                ~%33.33333%b
                ~%33.33334%c
                ~%-100%d #no
                }
                """);
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(q.tags()).isEmpty();
        assertThat(q.choices())
                .extracting(Choice::fraction)
                .containsExactly(
                        new BigDecimal("33.33333"),
                        new BigDecimal("33.33333"),
                        new BigDecimal("33.33334"),
                        new BigDecimal("-100"));
        assertThat(q.choices().get(0).feedback()).isEqualTo("ok");
    }

    @Test
    void readsTrueFalseWithWrongFeedbackFirstAndRightFeedbackSecond() {
        Question q = only("""
                // @tags: POLICY_AND_LAW @section: m#s @type: truefalse
                ::tf::[markdown]判断：听证时间计入复核期限。{F#不对。#判断正确。####解析：不计入。
                }
                """);
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(q.trueFalseAnswer()).isFalse();
        assertThat(q.choices())
                .containsExactly(new Choice("true", BigDecimal.ZERO, "不对。"), new Choice("false", Choice.FULL, "判断正确。"));
        assertThat(q.generalFeedback()).isEqualTo("解析：不计入。");
    }

    @Test
    void acceptsEveryTrueFalseSpelling() {
        for (String block : List.of("{T}", "{TRUE}", "{t}", "{F}", "{FALSE}")) {
            Question q = only("::q::Sky is blue " + block);
            assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(q.trueFalseAnswer()).isEqualTo(block.toUpperCase().startsWith("{T"));
        }
    }

    @Test
    void readsAFillQuestionWithTheBlankInsideTheSentence() {
        Question q = only("""
                // @tags: POLICY_AND_LAW, COLLECTIVE @section: petition-basics#group-representatives @type: fill
                ::pb-fill-reps::[markdown]填空：代表人数不得超过{=5 #正确。 =五 #正确。 ####解析：第二十条。}人。
                """);
        assertThat(q.type()).isEqualTo(QuestionType.FILL);
        assertThat(q.text()).isEqualTo("填空：代表人数不得超过");
        assertThat(q.textAfter()).isEqualTo("人。");
        assertThat(q.acceptedAnswers()).containsExactly("5", "五");
        assertThat(q.choices().get(1).feedback()).isEqualTo("正确。");
        assertThat(q.generalFeedback()).isEqualTo("解析：第二十条。");
    }

    @Test
    void readsMatchingAndOrdering() {
        BankParseResult result = parse("""
                // @tags: @section: m#s @type: matching
                ::mt::[markdown]配对。{
                =冷淡 -> 热心
                =生硬 -> 诚心
                =急躁 -> 耐心
                ####解析：对照。
                }

                // @tags: @section: m#s @type: ordering
                ::od::[markdown]排序。{
                =1 -> 受理
                =2 -> 调查
                =3 -> 答复
                }
                """);
        assertThat(result.problems()).isEmpty();
        Question matching = result.questions().get(0);
        Question ordering = result.questions().get(1);
        assertThat(matching.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(matching.pairs())
                .containsExactly(new MatchPair("冷淡", "热心"), new MatchPair("生硬", "诚心"), new MatchPair("急躁", "耐心"));
        assertThat(ordering.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(ordering.pairs()).extracting(MatchPair::right).containsExactly("受理", "调查", "答复");
        assertThat(ordering.line()).isEqualTo(10);
    }

    @Test
    void unescapesSpecialCharactersInTextAnswersAndFeedback() {
        Question q = only("""
                ::esc\\:1::[markdown]a \\~ b \\= c \\# d \\{x\\} e\\: f \\\\ g{
                =right \\# one #fb \\= \\~ \\{ok\\}
                ~wrong\\: two
                }
                """);
        assertThat(q.name()).isEqualTo("esc:1");
        assertThat(q.text()).isEqualTo("a ~ b = c # d {x} e: f \\ g");
        assertThat(q.choices().get(0).text()).isEqualTo("right # one");
        assertThat(q.choices().get(0).feedback()).isEqualTo("fb = ~ {ok}");
        assertThat(q.choices().get(1).text()).isEqualTo("wrong: two");
    }

    @Test
    void readsMoodleFilesWithoutMetadataByInferringTheType() throws IOException {
        String text = TestFiles.resource("/quiz-fixtures/moodle-sample.gift");
        BankParseResult result = GiftParser.parse("moodle-sample.gift", text);
        assertThat(result.problems())
                .extracting(ImportProblem::key, ImportProblem::line)
                .containsExactly(Tuple.tuple("quiz.unsupported", 19), Tuple.tuple("quiz.unsupported", 21));
        assertThat(result.questions())
                .extracting(Question::name, Question::type)
                .containsExactly(
                        Tuple.tuple("capital", QuestionType.SINGLE),
                        Tuple.tuple("sky", QuestionType.TRUE_FALSE),
                        Tuple.tuple("", QuestionType.FILL),
                        Tuple.tuple("pairs", QuestionType.MATCHING),
                        Tuple.tuple("multi", QuestionType.MULTIPLE));
        assertThat(result.questions()).allSatisfy(q -> {
            assertThat(q.tags()).isEmpty();
            assertThat(q.section()).isNull();
            assertThat(q.category()).isEqualTo("$course$/geo");
        });
        assertThat(result.questions().get(0).text()).isEqualTo("What is the capital of France?");
        assertThat(result.questions().get(2).acceptedAnswers()).containsExactly("two", "2");
    }

    @Test
    void handlesBomCrlfCommentsAndSeveralBlankLines() {
        String text = "\uFEFF// a plain comment\r\n$CATEGORY: $course$/a\r\n\r\n\r\n"
                + "// @tags: WARMTH @section: m#s @type: single\r\n// another comment\r\n"
                + "::q1::[markdown]line one\r\nline two{\r\n=yes #y\r\n~no #n\r\n}\r\n\r\n\r\n"
                + "::q2::Second{=a ~b}\r\n";
        BankParseResult result = parse(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(2);
        Question q1 = result.questions().get(0);
        assertThat(q1.text()).isEqualTo("line one\nline two");
        assertThat(q1.choices().get(0).feedback()).isEqualTo("y");
        assertThat(q1.line()).isEqualTo(7);
        assertThat(q1.tags()).containsExactly(Tag.WARMTH);
        assertThat(result.questions().get(1).line()).isEqualTo(14);
        assertThat(result.questions().get(1).category()).isEqualTo("$course$/a");
    }

    @Test
    void aCategoryLineAppliesToTheQuestionsAfterIt() {
        BankParseResult result = parse("""
                $CATEGORY: $course$/six-taboos

                ::a::A{T}

                $CATEGORY: $course$/six-taboos/recognise

                ::b::B{F}
                """);
        assertThat(result.questions())
                .extracting(Question::categoryPath)
                .containsExactly("six-taboos", "six-taboos/recognise");
    }

    @Test
    void reportsEachMalformedQuestionWithItsLineAndStillParsesTheOthers() {
        String text = """
                ::ok1::Fine{=a ~b}

                // @tags: WARMTH @section: m#s @type: single
                ::unclosed::[markdown]No end{
                =a
                ~b

                ::ok2::Fine{=a ~b}

                ::nothing::Options without a right one{~a ~b}

                ::badfrac::Bad{
                ~%50%a
                ~%fifty%b
                }

                ::sum::Sum{~%50%a ~%40%b ~%-50%c}

                // @tags: NO_SUCH_TAG @section: m#s @type: single
                ::tag::Tag{=a ~b}

                // @tags: WARMTH @type: single @section: m#s
                ::meta::Meta{=a ~b}

                // @tags: WARMTH @section: m#s @type: essay
                ::type::Type{=a ~b}

                // @tags: WARMTH @section: m#s @type: multiple
                ::mismatch::Declared multiple, written single{=a ~b}

                ::ok1::Same name again{=a ~b}

                ::num::How many?{#5}

                // @tags: WARMTH @section: not-a-section @type: single
                ::sect::Section{=a ~b}

                // @tags: @section: m#s @type: ordering
                ::order::Not numbered{=2 -> a =1 -> b =3 -> c}

                ::ok3::Fine{=a ~b}
                """;
        BankParseResult result = parse(text);
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(
                        Tuple.tuple(4, "quiz.unclosedBrace"),
                        Tuple.tuple(10, "quiz.noAnswer"),
                        Tuple.tuple(14, "quiz.badFraction"),
                        Tuple.tuple(17, "quiz.fractionsDontSum"),
                        Tuple.tuple(19, "quiz.unknownTag"),
                        Tuple.tuple(22, "quiz.badMetadata"),
                        Tuple.tuple(25, "quiz.unknownType"),
                        Tuple.tuple(29, "quiz.typeMismatch"),
                        Tuple.tuple(31, "quiz.duplicateName"),
                        Tuple.tuple(33, "quiz.unsupported"),
                        Tuple.tuple(35, "quiz.badMetadata"),
                        Tuple.tuple(39, "quiz.typeMismatch"));
        assertThat(result.questions()).extracting(Question::name).containsExactly("ok1", "ok2", "ok3");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("t.gift"));
        assertThat(result.problems().get(4).arguments()).containsExactly("NO_SUCH_TAG");
        assertThat(result.problems().get(3).arguments()).containsExactly("90");
        assertThat(result.problems().get(7).arguments()).containsExactly("multiple", "single");
        assertThat(result.problems().get(9).arguments()).containsExactly("numeric");
    }

    @Test
    void refusesEssayAndDescriptionAsUnsupported() {
        BankParseResult result = parse("""
                ::essay::Write about it.{}

                ::desc::Just some text.
                """);
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::arguments)
                .containsExactly(Tuple.tuple(1, List.of("essay")), Tuple.tuple(3, List.of("description")));
    }

    @Test
    void reportsAMetadataLineSeparatedFromItsQuestion() {
        BankParseResult result = parse("""
                // @tags: WARMTH @section: m#s @type: single

                ::q::Q{=a ~b}
                """);
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(Tuple.tuple(1, "quiz.badMetadata"));
        assertThat(result.questions())
                .singleElement()
                .satisfies(q -> assertThat(q.tags()).isEmpty());
    }

    @Test
    void readsTheNewlineEscapeAndKeepsABackslashBeforeOrdinaryCharacters() {
        Question q = only("::n::one\\ntwo \\d{=a ~b}");
        assertThat(q.text()).isEqualTo("one\ntwo \\d");
    }

    @Test
    void reportsASecondOpeningBraceAndAStrayClosingBraceAtTheirLines() {
        BankParseResult result = parse("""
                ::nested::Q{
                =a {b}
                }

                ::stray::Q{=a ~b}
                and then } here

                ::ok::Q{=a ~b}
                """);
        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(Tuple.tuple(2, "quiz.unclosedBrace"), Tuple.tuple(6, "quiz.unexpectedBrace"));
        assertThat(result.questions()).extracting(Question::name).containsExactly("ok");
    }
}
