package academy.xinfang.quiz.web;

import static academy.xinfang.quiz.web.QuizPages.answer;
import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.PayaraServer;
import java.util.Map;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** An attempt survives a server restart: the officer signs in again and carries on where the answers stopped. */
class QuizRestartIT {

    @Test
    void anAttemptResumesAfterAServerRestart() {
        PayaraServer server = PayaraServer.named("restart", Map.of());
        String officer;
        String key = QuizPages.uniqueKey();
        try (Fixtures fixtures = new Fixtures(server);
                Browser trainer = new Browser(server)) {
            officer = fixtures.user("重启学员", null, "OFFICER");
            trainer.login(fixtures.user("重启培训师", null, "TRAINER"), Fixtures.PASSWORD);
            QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
        }
        String attemptId;
        try (Browser before = new Browser(server)) {
            before.login(officer, Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(before, key);
            attemptId = QuizPages.attemptId(attempt);
            assertThat(answer(before, server, attempt, 0, "S:0", false).getContentAsString())
                    .contains("SAVED");
            assertThat(answer(before, server, attempt, 2, "T:1", false).getContentAsString())
                    .contains("SAVED");
        }

        server.restart();

        try (Browser after = new Browser(server)) {
            after.login(officer, Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(after, key);
            assertThat(QuizPages.attemptId(attempt)).isEqualTo(attemptId);
            assertThat(((HtmlInput) attempt.querySelector("#q0 input[value='0']")).isChecked())
                    .isTrue();
            assertThat(((HtmlInput) attempt.querySelector("#q2 input[value='1']")).isChecked())
                    .isTrue();
            assertThat(answer(after, server, attempt, 1, "F:60日", false).getContentAsString())
                    .contains("SAVED");
            HtmlPage review = QuizPages.submit(after, attempt);
            assertThat(review.getElementById("result").asNormalizedText()).contains("得分 75%");
        }
    }
}
