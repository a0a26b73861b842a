package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.vocabulary.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our parser reads what Moodle's GIFT export writes as what we wrote. */
class MoodleSpellingTest {

    private static final String MOODLE = """
            // question: 0  name: Switch category to $course$/top/six-taboos
            $CATEGORY: $course$/top/six-taboos


            // question: 147  name: tb-fill
            ::tb-fill::[markdown]填空：这是“六忌”中_____的典型表现。{
            \t=%100%消极推诿#正确。
            \t=%50%推诿#也算对。
            \t####解析：第一行\\n第二行
            }


            // question: 146  name: tb-tf
            ::tb-tf::[markdown]判断：对吗？{TRUE#错了。#对了。####解析。}


            // question: 0  name: Switch category to $course$/top
            $CATEGORY: $course$/top


            // question: 148  name: tb-end
            ::tb-end::[markdown]空在句末：{
            \t=%100%甲#是。
            }
            """;

    @Test
    void readsMoodlesExportAsWeWroteIt() {
        BankParseResult parsed = GiftParser.parse("moodle.gift", MOODLE);
        assertThat(parsed.problems()).isEmpty();
        List<Question> qs = parsed.questions();
        assertThat(qs).hasSize(3);

        Question fill = qs.get(0);
        assertThat(fill.category()).isEqualTo("$course$/six-taboos");
        assertThat(fill.categoryPath()).isEqualTo("six-taboos");
        assertThat(fill.type()).isEqualTo(QuestionType.FILL);
        assertThat(fill.text()).isEqualTo("填空：这是“六忌”中");
        assertThat(fill.textAfter()).isEqualTo("的典型表现。");
        assertThat(fill.choices())
                .containsExactly(
                        new Choice("消极推诿", Choice.FULL, "正确。"), new Choice("推诿", new BigDecimal("50"), "也算对。"));
        assertThat(fill.generalFeedback()).isEqualTo("解析：第一行\n第二行");

        Question tf = qs.get(1);
        assertThat(tf.trueFalseAnswer()).isTrue();
        assertThat(tf.choices().get(0).feedback()).isEqualTo("对了。");
        assertThat(tf.choices().get(1).feedback()).isEqualTo("错了。");

        Question end = qs.get(2);
        assertThat(end.categoryPath()).isEmpty();
        assertThat(end.text()).isEqualTo("空在句末：");
        assertThat(end.textAfter()).isEmpty();
    }

    @Test
    void onlyMoodlesOwnTopIsDropped() {
        assertThat(GiftParser.withoutTop("$course$/top/a/b")).isEqualTo("$course$/a/b");
        assertThat(GiftParser.withoutTop("$module$/top/a")).isEqualTo("$module$/a");
        assertThat(GiftParser.withoutTop("$course$/topics")).isEqualTo("$course$/topics");
        assertThat(GiftParser.withoutTop("$course$/a/top/b")).isEqualTo("$course$/a/top/b");
        assertThat(GiftParser.withoutTop("top/a")).isEqualTo("top/a");
    }

    private static Question only(String gift) {
        BankParseResult parsed = GiftParser.parse("t.gift", gift);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions()).hasSize(1);
        return parsed.questions().get(0);
    }

    private static List<String> problems(String gift) {
        return GiftParser.parse("t.gift", gift).problems().stream()
                .map(p -> p.line() + " " + p.key() + " " + p.arguments())
                .toList();
    }

    @Test
    void moodlesCommentLineAloneGivesNameTagsSectionAndType() {
        Question q = only("""
                // question: 7  name: 冷淡案例
                // [id:tb-rec-cold] [tag:cold_reception] [tag:Warmth] [tag:exam-2025] [tag:module:six-taboos] \
                [tag:section:cold-reception] [tag:type:case]
                ::冷淡案例::[markdown]**案例**：……{
                \t=甲#对
                \t~乙#错
                }
                """);
        assertThat(q.name()).as("the id number, which Moodle keeps stable").isEqualTo("tb-rec-cold");
        assertThat(q.tags()).containsExactly(Tag.COLD_RECEPTION, Tag.WARMTH);
        assertThat(q.section()).isEqualTo("six-taboos#cold-reception");
        assertThat(q.type()).isEqualTo(QuestionType.CASE);
    }

    @Test
    void aSectionTagMayCarryTheWholeLinkAndAMissingTypeIsInferred() {
        Question q = only("// [tag:section:six-taboos#overview] [tag:IMPATIENCE]\n::m::Q{=1 -> a =2 -> b =3 -> c}");
        assertThat(q.section()).isEqualTo("six-taboos#overview");
        assertThat(q.tags()).containsExactly(Tag.IMPATIENCE);
        assertThat(q.type()).isEqualTo(QuestionType.MATCHING);
    }

    @Test
    void oneCommentLineMayCarryOurMetadataAndMoodlesTokens() {
        Question q = only("// @tags: WARMTH @section: m#s @type: ordering [id:o-1] [tag:WARMTH] [tag:type:ordering]\n"
                + "::o-1::Q{=1 -> a =2 -> b}");
        assertThat(q.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(q.tags()).containsExactly(Tag.WARMTH);
        assertThat(q.section()).isEqualTo("m#s");
    }

    @Test
    void bothLinesMustAgree() {
        String body = "::n::Q{=a ~b}";
        assertThat(problems("// @tags: WARMTH @section: m#s @type: case\n// [id:n] [tag:PATIENCE]\n" + body))
                .containsExactly("2 quiz.moodleMismatch [PATIENCE, @tags: WARMTH]");
        assertThat(problems("// @tags: WARMTH @section: m#s @type: case\n// [id:n] [tag:type:single]\n" + body))
                .containsExactly("2 quiz.moodleMismatch [single, @type: case]");
        assertThat(problems("// @tags: WARMTH @section: m#s @type: case\n// [tag:module:m] [tag:section:t]\n" + body))
                .containsExactly("2 quiz.moodleMismatch [m#t, @section: m#s]");
        assertThat(problems("// @tags: WARMTH @section: m#s @type: case\n// [id:other]\n" + body))
                .containsExactly("2 quiz.moodleMismatch [[id:other], ::n::]");
        assertThat(problems("// @tags: WARMTH @section: m#s @type: case\n// [id:n]\n" + body))
                .isEmpty();
    }

    @Test
    void aMoodleLineCannotDeclareATypeTheSyntaxDenies() {
        assertThat(problems("// [tag:type:ordering]\n::n::Q{=a ~b}"))
                .containsExactly("2 quiz.typeMismatch [ordering, single]");
        assertThat(problems("// [tag:type:essay]\n::n::Q{=a ~b}")).containsExactly("1 quiz.unknownType [essay]");
    }
}
