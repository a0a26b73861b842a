package academy.xinfang.quiz.web;

import static academy.xinfang.quiz.web.QuizPages.answer;
import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Bundle;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import academy.xinfang.testing.TimeTravel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Taking quizzes through the real server and database: saving, resuming, timing, limits, privacy. */
class QuizIT extends ServerTest {
    private static Browser trainer;

    @BeforeAll
    static void trainer() {
        trainer = new Browser(server);
        trainer.login(fixtures.user("题库培训师", null, "TRAINER"), Fixtures.PASSWORD);
    }

    private static String uploadBank(String settings) {
        String key = QuizPages.uniqueKey();
        HtmlPage after = QuizPages.upload(trainer, key + ".gift", QuizPages.bank(settings), "GIFT");
        assertThat(after.asNormalizedText()).contains(Bundle.zh("quiz.uploaded.ADDED", key, 4));
        return key;
    }

    @Test
    void anOfficerWhoLosesTheConnectionComesBackAndFinishesWithoutLosingAnAnswer() {
        String key = uploadBank("feedback=deferred; review=after-submit");
        String officer = fixtures.user("断线学员", null, "OFFICER");
        try (Browser first = new Browser(server)) {
            first.login(officer, Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(first, key);
            assertThat(answer(first, server, attempt, 0, "S:0", false).getContentAsString())
                    .contains("\"SAVED\"");
            assertThat(answer(first, server, attempt, 1, "F:６０ 日", false).getContentAsString())
                    .contains("\"SAVED\"");
        } // the phone drops off the network: this session is gone

        try (Browser again = new Browser(server)) {
            again.login(officer, Fixtures.PASSWORD);
            HtmlPage quiz = again.get("/learn/quiz.xhtml?key=" + key);
            assertThat(quiz.getElementById("startForm:start").getAttribute("value"))
                    .isEqualTo(Bundle.zh("quiz.resume"));
            HtmlPage attempt = QuizPages.start(again, key);
            assertThat(((HtmlInput) attempt.querySelector("#q0 input[value='0']")).isChecked())
                    .isTrue();
            assertThat(((HtmlInput) attempt.querySelector("#q1 input.fill")).getValue())
                    .isEqualTo("６０ 日");
            // the navigator and the count know what was saved before the connection dropped
            assertThat(attempt.getElementById("nav0").getAttribute("class")).containsPattern("(^|\\s)answered(\\s|$)");
            assertThat(attempt.getElementById("nav2").getAttribute("class")).contains("unanswered");
            assertThat(attempt.getElementById("answeredCount").asNormalizedText())
                    .isEqualTo(Bundle.zh("quiz.answeredCount", 2, 4));
            answer(again, server, attempt, 2, "T:0", false);
            answer(again, server, attempt, 3, "P:0,1,2", false);

            HtmlPage review = QuizPages.submit(again, attempt);
            assertThat(review.getElementById("result").asNormalizedText()).contains("得分 75%", Bundle.zh("quiz.passed"));
            DomElement wrong = review.getElementById("r2");
            assertThat(wrong.asNormalizedText()).contains(Bundle.zh("quiz.wrong"), "没有依据的否定也是随意答复");
            // part by part: the side chosen is crossed, the right one shown as missed
            assertThat(wrong.querySelector("li.mark.WRONG .label").asNormalizedText())
                    .isEqualTo("×");
            assertThat(wrong.querySelector("li.mark.MISSED .label").asNormalizedText())
                    .isEqualTo("√");
            DomElement ordering = review.getElementById("marks3");
            assertThat(ordering.querySelectorAll("li.mark.RIGHT")).hasSize(3);
            assertThat(((DomElement) wrong.querySelector("a.read-again")).getAttribute("href"))
                    .endsWith("/learn/module.xhtml?id=six-taboos#careless-promise");
            assertThat(review.getElementById("r1").asNormalizedText()).contains(Bundle.zh("quiz.right"), "６０ 日");
            assertThat(review.getElementById("nextItem"))
                    .as("a bank of no course has no next item")
                    .isNull();
        }
    }

    @Test
    void theListFollowsTheCourseAndTheReviewLeadsToTheCoursesNextItem() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("顺序学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage list = officer.get("/learn/quizzes.xhtml");
            List<String> ids = list.querySelectorAll("#quizzes li.module-card").stream()
                    .map(n -> ((DomElement) n).getId())
                    .toList();
            // by key, innovation (素质七) would come before political integrity (素质一) and professional ethics (素质二)
            assertThat(ids)
                    .containsSubsequence(
                            "quiz-quality-political-integrity",
                            "quiz-quality-professional-ethics",
                            "quiz-quality-policy-and-law",
                            "quiz-quality-pragmatic-style",
                            "quiz-quality-innovation");

            HtmlPage attempt = QuizPages.start(officer, "quality-political-integrity");
            HtmlPage review = QuizPages.submit(officer, attempt);
            assertThat(review.getElementById("backToCourse").getAttribute("href"))
                    .endsWith("/learn/courses.xhtml#course-seven-qualities");
            assertThat(review.getElementById("nextItem").getAttribute("href"))
                    .endsWith("/learn/module.xhtml?id=quality-professional-ethics");
            assertThat(review.getElementById("nextItem").asNormalizedText()).contains("素质二");
        }
    }

    @Test
    void immediateFeedbackComesWithTheCheckAndMakesTheAnswerFinal() {
        String key = uploadBank("feedback=immediate");
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("即时学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(officer, key);
            String saved = answer(officer, server, attempt, 0, "S:1", false).getContentAsString();
            assertThat(saved).contains("\"SAVED\"").doesNotContain("feedback");
            String checked = answer(officer, server, attempt, 0, "S:1", true).getContentAsString();
            assertThat(checked)
                    .contains(
                            "\"CHECKED\"",
                            "\"correct\":false",
                            "那是敷衍",
                            "推诿的要害是不接",
                            "/learn/module.xhtml?id=six-taboos#buck-passing");
            String changed = answer(officer, server, attempt, 0, "S:0", false).getContentAsString();
            assertThat(changed).contains("\"LOCKED\"");
            HtmlPage reloaded = officer.get("/learn/attempt.xhtml?id=" + QuizPages.attemptId(attempt));
            assertThat(reloaded.getElementById("q0").asNormalizedText())
                    .contains(Bundle.zh("quiz.wrong"), Bundle.zh("quiz.rightAnswer") + "不接手");
            assertThat(((HtmlInput) reloaded.querySelector("#q0 input[value='1']")).isDisabled())
                    .isTrue();
        }
    }

    @Test
    void theTimeLimitIsKeptByTheServer() {
        String key = uploadBank("time=10s; feedback=deferred");
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("限时学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(officer, key);
            assertThat(attempt.getElementById("timer")).isNotNull();
            assertThat(answer(officer, server, attempt, 0, "S:0", false).getContentAsString())
                    .contains("\"SAVED\"");
            // the 10 s limit and the 1 s grace the test server runs with are over
            TimeTravel.quizAttempt(server, Long.parseLong(QuizPages.attemptId(attempt)), Duration.ofMillis(12_500));
            assertThat(answer(officer, server, attempt, 1, "F:60日", false).getContentAsString())
                    .contains("\"TIME_UP\"");
            HtmlPage review = officer.get("/learn/attempt.xhtml?id=" + QuizPages.attemptId(attempt));
            assertThat(review.getElementById("review"))
                    .as("the expired attempt shows its result")
                    .isNotNull();
            assertThat(review.getElementById("result").asNormalizedText())
                    .contains("得分 25%", Bundle.zh("quiz.autoSubmitted"));
        }
    }

    @Test
    void aDoubleSubmitGivesOneResultAndTheAttemptLimitHolds() throws Exception {
        String key = uploadBank("attempts=1; feedback=deferred");
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("双击学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(officer, key);
            answer(officer, server, attempt, 0, "S:0", false);
            answer(officer, server, attempt, 2, "T:1", false);
            // two tabs of the same attempt submit at the same moment
            HtmlPage otherTab = officer.get("/learn/attempt.xhtml?id=" + QuizPages.attemptId(attempt));
            var pool = Executors.newFixedThreadPool(2);
            try (Browser second = new Browser(server)) {
                second.client()
                        .getCookieManager()
                        .addCookie(officer.client().getCookieManager().getCookie("JSESSIONID"));
                HtmlPage secondTab = second.get("/learn/attempt.xhtml?id=" + QuizPages.attemptId(attempt));
                var a = pool.submit(() -> QuizPages.submit(officer, otherTab));
                var b = pool.submit(() -> QuizPages.submit(second, secondTab));
                assertThat(a.get().getElementById("result").asNormalizedText()).contains("得分 50%");
                assertThat(b.get().getElementById("result").asNormalizedText()).contains("得分 50%");
            } finally {
                pool.shutdown();
            }
            HtmlPage quiz = officer.get("/learn/quiz.xhtml?key=" + key);
            assertThat(quiz.getElementById("history").querySelectorAll("tbody tr"))
                    .hasSize(1);
            assertThat(quiz.getElementById("startForm:start")).isNull();
            assertThat(quiz.getElementById("startForm:noAttemptsLeft")).isNotNull();
            String late = answer(officer, server, attempt, 1, "F:60日", false).getContentAsString();
            assertThat(late).contains("\"SUBMITTED\"");
        }
    }

    @Test
    void anotherOfficerCanNeitherSeeNorAnswerMyAttempt() {
        String key = uploadBank("feedback=deferred");
        try (Browser owner = new Browser(server);
                Browser other = new Browser(server)) {
            owner.login(fixtures.user("本人学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage attempt = QuizPages.start(owner, key);
            String id = QuizPages.attemptId(attempt);
            answer(owner, server, attempt, 0, "S:0", false);

            other.login(fixtures.user("他人学员", null, "OFFICER"), Fixtures.PASSWORD);
            assertThat(other.status(other.get("/learn/attempt.xhtml?id=" + id))).isEqualTo(404);
            assertThat(other.status(other.get("/learn/review.xhtml?id=" + id))).isEqualTo(404);
            HtmlPage own = QuizPages.start(other, key);
            String otherToken = own.getElementById("attempt").getAttribute("data-token");
            WebResponse forged = answer(other, server, id, otherToken, 0, "S:1", false);
            assertThat(forged.getStatusCode()).isEqualTo(400);
            assertThat(forged.getContentAsString()).contains("quiz.attemptNotFound");
            WebResponse noToken = answer(other, server, QuizPages.attemptId(own), "guess", 0, "S:1", false);
            assertThat(noToken.getStatusCode()).isEqualTo(403);
            WebResponse forgedAnswer = answer(owner, server, attempt, 0, "S:9", false);
            assertThat(forgedAnswer.getStatusCode()).isEqualTo(400);

            HtmlPage mine = owner.get("/learn/attempt.xhtml?id=" + id);
            assertThat(((HtmlInput) mine.querySelector("#q0 input[value='0']")).isChecked())
                    .isTrue();
        }
    }
}
