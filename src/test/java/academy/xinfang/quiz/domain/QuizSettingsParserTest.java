package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuizSettingsParserTest {

    @Test
    void aBankWithoutSettingsRunsAsUntimedPractice() {
        QuizSettingsParser.Result r = QuizSettingsParser.parse("b.gift", "::q::Q{T}\n", "六忌", "six-taboos");
        assertThat(r.problems()).isEmpty();
        assertThat(r.settings()).isEqualTo(QuizSettings.defaults("六忌", "six-taboos"));
        assertThat(r.settings().hasTimeLimit()).isFalse();
        assertThat(r.settings().attemptsLeftAfter(1000)).isTrue();
    }

    @Test
    void readsEverySettingAcrossSeveralLines() {
        String text = """
                // @quiz: title=结业考试; draw=final-exam:8, COLD_RECEPTION:2
                // @quiz: shuffle=no; time=30; attempts=2; pass=70; feedback=deferred; review=after-pass-or-last
                $CATEGORY: $course$/final-exam
                """;
        QuizSettings s = QuizSettingsParser.parse("f.gift", text, "x", null).settings();
        assertThat(s.title()).isEqualTo("结业考试");
        assertThat(s.draw()).containsExactly(Map.entry("final-exam", 8), Map.entry("COLD_RECEPTION", 2));
        assertThat(s.shuffle()).isFalse();
        assertThat(s.timeLimitSeconds()).isEqualTo(1800);
        assertThat(s.maxAttempts()).isEqualTo(2);
        assertThat(s.attemptsLeftAfter(1)).isTrue();
        assertThat(s.attemptsLeftAfter(2)).isFalse();
        assertThat(s.passPercent()).isEqualTo(70);
        assertThat(s.feedback()).isEqualTo(FeedbackMode.DEFERRED);
        assertThat(s.review()).isEqualTo(ReviewPolicy.AFTER_PASS_OR_LAST);
    }

    @Test
    void aTimeInSecondsIsAccepted() {
        assertThat(QuizSettingsParser.parse("t.gift", "// @quiz: time=45s\n", "x", null)
                        .settings()
                        .timeLimitSeconds())
                .isEqualTo(45);
    }

    @Test
    void badValuesAreProblemsWithTheirLineAndOtherSettingsStillApply() {
        String text = "// @quiz: pass=70\n\n// @quiz: time=soon; colour=red; pass=101\n";
        QuizSettingsParser.Result r = QuizSettingsParser.parse("bad.gift", text, "x", null);
        assertThat(r.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "bad.gift:3: quiz.badSetting [time, soon]",
                        "bad.gift:3: quiz.badSetting [colour, red]",
                        "bad.gift:3: quiz.badSetting [pass, 101]");
        assertThat(r.settings().passPercent()).isEqualTo(70);
    }

    @Test
    void aDrawNamingTheSameKeyTwiceIsRefused() {
        assertThat(QuizSettingsParser.parse("d.gift", "// @quiz: draw=a:1, a:2\n", "x", null)
                        .problems())
                .hasSize(1);
    }

    @Test
    void reviewPolicyHidesAnswersFromAnOfficerWhoWillTryAgain() {
        assertThat(ReviewPolicy.AFTER_PASS_OR_LAST.showsAnswers(false, true)).isFalse();
        assertThat(ReviewPolicy.AFTER_PASS_OR_LAST.showsAnswers(true, true)).isTrue();
        assertThat(ReviewPolicy.AFTER_PASS_OR_LAST.showsAnswers(false, false)).isTrue();
        assertThat(ReviewPolicy.AFTER_SUBMIT.showsAnswers(false, true)).isTrue();
        assertThat(ReviewPolicy.NEVER.showsAnswers(true, false)).isFalse();
    }
}
