package academy.xinfang.quiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * A question bank whose Markdown nests 20,000 quotes deep (issue #10): the upload answered 500 yet stored the
 * version, and from then on the quiz list, the trainers' bank page and the insights page answered 500 for everyone.
 * Now it is refused with file and line, the version online stays, and every one of those pages answers.
 */
class HostileBankIT extends ServerTest {

    @Test
    void aBankNestedTwentyThousandQuotesDeepIsRefusedWithFileAndLineAndEveryPageStillAnswers() throws IOException {
        String key = QuizPages.uniqueKey();
        String good = QuizPages.bank("pass=60");
        String nested = good + "\n::deep::[markdown]第一行\n" + ">".repeat(20_000) + " 深{T}\n";
        int nestedLine = (int) good.chars().filter(c -> c == '\n').count() + 3;
        try (Browser trainer = new Browser(server)) {
            trainer.login(fixtures.user("嵌套题库培训师", null, "TRAINER"), Fixtures.PASSWORD);
            assertThat(QuizPages.upload(trainer, key + ".gift", good, "GIFT").asNormalizedText())
                    .contains("已新建题库 " + key);

            HtmlPage refused = QuizPages.upload(trainer, key + ".gift", nested, "GIFT");
            assertThat(trainer.status(refused)).isEqualTo(200);
            assertThat(refused.asNormalizedText()).contains("未导入");
            assertThat(refused.getElementById("problems").asNormalizedText())
                    .contains(key + ".gift:" + nestedLine, "嵌套超过 16 层");
            Page export = trainer.client().getPage(server.url("/trainer/bank-export?key=" + key + "&format=gift"));
            assertThat(export.getWebResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("::it-1::")
                    .doesNotContain(">>>>");

            assertThat(trainer.status(trainer.get("/trainer/banks.xhtml"))).isEqualTo(200);
        }
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("嵌套题库学员", null, "OFFICER"), Fixtures.PASSWORD);
            assertThat(officer.status(officer.get("/learn/quizzes.xhtml"))).isEqualTo(200);
        }
        Browser admin = fixtures.admin();
        assertThat(admin.status(admin.get("/admin/insights.xhtml"))).isEqualTo(200);
    }
}
