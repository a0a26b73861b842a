package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static Question q(String gift) {
        BankParseResult result = GiftParser.parse("g.gift", gift);
        assertThat(result.problems()).isEmpty();
        return result.questions().get(0);
    }

    private static final Question SINGLE = q("::s::Q{~a #fa =b #fb ~c #fc ~d}");
    private static final Question CASE = q("// @tags: @section: m#s @type: case\n::c::Case{=a #yes ~b #no}");
    private static final Question MULTIPLE = q("::m::Q{~%50%a #fa ~%50%b #fb ~%-50%c #fc ~%-50%d #fd}");
    private static final Question TF = q("::t::Q{F#wrong side#right side####gf}");
    private static final Question FILL = q("::f::自受理之日起{=60日 #对 =六十日 #对 =%50%两个月 #接近}内办结。");
    private static final Question MATCHING = q("::mt::Q{=a -> 1 =b -> 2 =c -> 3 =d -> 4}");
    private static final Question ORDERING =
            q("// @tags: @section: m#s @type: ordering\n::o::Q{=1 -> x =2 -> y =3 -> z}");

    @Test
    void singleChoiceIsAllOrNothingWithTheChosenFeedback() {
        assertThat(Grader.grade(SINGLE, new Answer.Single(1))).isEqualTo(new Grade(1, true, List.of("fb")));
        assertThat(Grader.grade(SINGLE, new Answer.Single(0))).isEqualTo(new Grade(0, false, List.of("fa")));
        assertThat(Grader.grade(SINGLE, new Answer.Single(3))).isEqualTo(new Grade(0, false, List.of()));
        assertThat(Grader.grade(CASE, new Answer.Single(0)).correct()).isTrue();
    }

    @Test
    void singleChoiceWithAPartialOptionStillGivesNothingForIt() {
        Question partial = q("::p::Q{=a ~%50%b ~c}");
        assertThat(Grader.grade(partial, new Answer.Single(1)).score()).isZero();
    }

    @Test
    void multipleAddsTheFractionsOfTheChosenOptionsClampedToZeroAndOne() {
        assertThat(Grader.grade(MULTIPLE, new Answer.Multiple(Set.of(0, 1))))
                .isEqualTo(new Grade(1, true, List.of("fa", "fb")));
        assertThat(Grader.grade(MULTIPLE, new Answer.Multiple(Set.of(0))).score())
                .isEqualTo(0.5);
        assertThat(Grader.grade(MULTIPLE, new Answer.Multiple(Set.of(0, 1, 2))).score())
                .isEqualTo(0.5);
        assertThat(Grader.grade(MULTIPLE, new Answer.Multiple(Set.of(0, 1, 2, 3)))
                        .score())
                .isZero();
        assertThat(Grader.grade(MULTIPLE, new Answer.Multiple(Set.of(2, 3))).score())
                .isZero();
        assertThat(Grader.grade(MULTIPLE, new Answer.Multiple(Set.of())).score())
                .isZero();
    }

    @Test
    void thirdsOfAMultipleAnswerAddUpToFullMarks() {
        Question thirds = q("::th::Q{~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}");
        Grade all = Grader.grade(thirds, new Answer.Multiple(Set.of(0, 1, 2)));
        assertThat(all.correct()).isTrue();
        assertThat(Grader.grade(thirds, new Answer.Multiple(Set.of(0))).score()).isCloseTo(1 / 3.0, within(1e-6));
    }

    @Test
    void trueFalseShowsTheFeedbackOfTheSideChosen() {
        assertThat(Grader.grade(TF, new Answer.TrueFalse(false))).isEqualTo(new Grade(1, true, List.of("right side")));
        assertThat(Grader.grade(TF, new Answer.TrueFalse(true))).isEqualTo(new Grade(0, false, List.of("wrong side")));
    }

    @Test
    void fillAcceptsFullWidthDigitsSpacesCaseAndATrailingFullStop() {
        for (String given : List.of("60日", "６０日", "60 日", " ６０　日。", "六十日", "60日.")) {
            assertThat(Grader.grade(FILL, new Answer.Fill(given)))
                    .as(given)
                    .isEqualTo(new Grade(1, true, List.of("对")));
        }
        assertThat(Grader.grade(FILL, new Answer.Fill("30日")).score()).isZero();
        assertThat(Grader.grade(FILL, new Answer.Fill("")).score()).isZero();
        assertThat(Grader.grade(FILL, new Answer.Fill("两个月")).score()).isEqualTo(0.5);
        Question latin = q("::l::The body is {=Guojia Xinfangju}.");
        assertThat(Grader.grade(latin, new Answer.Fill("ＧＵＯＪＩＡ xinfangju")).correct())
                .isTrue();
    }

    @Test
    void normalisationFoldsWidthSpaceCaseAndFinalStops() {
        assertThat(Grader.normaliseFill(" Ａｂ　Ｃ 1２。.")).isEqualTo("abc12");
    }

    @Test
    void matchingEarnsTheShareOfPairsPlacedRight() {
        assertThat(Grader.grade(MATCHING, new Answer.Matching(List.of("1", "2", "3", "4")))
                        .correct())
                .isTrue();
        assertThat(Grader.grade(MATCHING, new Answer.Matching(List.of("1", "2", "4", "3")))
                        .score())
                .isEqualTo(0.5);
        assertThat(Grader.grade(MATCHING, new Answer.Matching(List.of("2"))).score())
                .isZero();
    }

    @Test
    void orderingEarnsTheShareOfPositionsHoldingTheirStep() {
        assertThat(Grader.grade(ORDERING, new Answer.Ordering(List.of("x", "y", "z")))
                        .score())
                .isEqualTo(1.0);
        assertThat(Grader.grade(ORDERING, new Answer.Ordering(List.of("x", "z", "y")))
                        .score())
                .isCloseTo(1 / 3.0, within(1e-12));
        assertThat(Grader.grade(ORDERING, new Answer.Ordering(List.of("z", "x", "y")))
                        .score())
                .isZero();
    }

    @Test
    void aBlankAnswerScoresZeroOnAnyType() {
        for (Question q : List.of(SINGLE, MULTIPLE, TF, FILL, MATCHING, ORDERING)) {
            assertThat(Grader.grade(q, new Answer.Blank())).isEqualTo(new Grade(0, false, List.of()));
        }
    }

    @Test
    void anAnswerOfTheWrongKindIsRefused() {
        assertThatThrownBy(() -> Grader.grade(SINGLE, new Answer.Fill("a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grader.grade(SINGLE, new Answer.Single(9)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
