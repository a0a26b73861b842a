package academy.xinfang.quiz.web;

import static academy.xinfang.quiz.web.QuizPages.answer;
import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.quiz.domain.MoodleFixtures;
import academy.xinfang.testing.Browser;
import academy.xinfang.testing.Fixtures;
import academy.xinfang.testing.ServerTest;
import academy.xinfang.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trainers' side of quizzes on the real server: GIFT and Aiken in and out, refusals, item analysis. */
class BankIT extends ServerTest {
    /** Written the way Moodle users write GIFT: no metadata, escapes, partial credit, all answer kinds. */
    private static final String MOODLE = """
            // question bank exported from a Moodle course
            $CATEGORY: $course$/moodle-sample

            ::M1::[markdown]多人走访时推选的代表，条例规定人数上限是几人？（提示\\: 看第二十条）{
            =5 #正确。
            ~3 #少了。
            ~10 #多了。
            ####第二十条：代表人数不超过5人。
            }

            ::M2::下列哪些属于随意答复？{
            ~%50%未经核实就许诺补偿 #是。
            ~%50%未经核实就一口回绝 #是。
            ~%-100%说明需要核实并约定答复时间 #这是正确做法。
            }

            ::M3::接待时应当先登记再受理。{TRUE}

            ::M4::信访事项应当自受理之日起{=60日 =六十日}内办结。

            ::M5::把接访方式与做法配对。{
            =开门接访 -> 在接待场所听取来访
            =带案下访 -> 带着案件到基层当面处理
            =上门回访 -> 办结后到群众家中回访
            }

            ::M6::符号 \\= 和 \\# 在 GIFT 里要转义，本题判断：正确。{T}
            """;

    private static final String AIKEN = """
            条例规定的多人走访代表人数上限是？
            A. 3人
            B. 5人
            C. 10人
            ANSWER: B

            “六忌”中把群众推给别的部门属于？
            A. 消极推诿
            B. 态度生硬
            ANSWER: A
            """;

    private static Browser trainer;

    @BeforeAll
    static void trainer() {
        trainer = new Browser(server);
        trainer.login(fixtures.user("导入培训师", null, "TRAINER"), Fixtures.PASSWORD);
    }

    private static String export(String key, String format) {
        try {
            Page page = trainer.client().getPage(server.url("/trainer/bank-export?key=" + key + "&format=" + format));
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            return page.getWebResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aShippedBankExportedAndImportedAgainChangesNothing() throws IOException {
        String exported = export("six-taboos", "gift");
        assertThat(exported).isEqualTo(TestFiles.read("quizzes", "09-six-taboos.gift"));
        HtmlPage after = QuizPages.upload(trainer, "09-six-taboos.gift", exported, "GIFT");
        assertThat(after.asNormalizedText()).contains("题库 six-taboos 与已有版本相同");
    }

    @Test
    void theMoodleFlavourWritesOrderingQuestionsAsMoodlesOrderingTypeAndReadsBackTheSame() {
        String standard = export("six-taboos", "gift");
        String moodle = export("six-taboos", "gift&flavour=moodle");
        assertThat(standard).doesNotContain("{>");
        assertThat(moodle).contains("{>5 ALL VERTICAL ABSOLUTE_POSITION SHOW none\n", "[tag:type:ordering]");
        HtmlPage banks = trainer.get("/trainer/banks.xhtml");
        assertThat(banks.getElementById("export-moodle-six-taboos").getAttribute("href"))
                .endsWith("flavour=moodle");
        assertThat(banks.getElementById("exportHint").asNormalizedText()).contains("Moodle 4.3 及以上版本自带的排序题型");
        assertThat(banks.getElementById("aikenHint").asNormalizedText()).contains("不带反馈");
        try {
            assertThat(trainer.client()
                            .getPage(server.url("/trainer/bank-export?key=six-taboos&format=gift&flavour=x"))
                            .getWebResponse()
                            .getStatusCode())
                    .isEqualTo(400);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Moodle's real export of a shipped bank (no {@code // @quiz:} lines, {@code top/} categories) uploaded in its
     * place: the quiz keeps its settings and the final exam, which draws from the bank's category, still starts.
     */
    @Test
    void aBankExportedFromMoodleKeepsItsQuizSettingsAndTheFinalExamStillDrawsFromIt() {
        String before = export("quality-innovation", "gift");
        String moodle = TestFiles.read(MoodleFixtures.folder().resolve("moodle-quality-innovation.gift"));
        assertThat(moodle).doesNotContain("@quiz:").contains("$course$/top/quality-innovation");

        HtmlPage uploaded = QuizPages.upload(trainer, "08-quality-innovation.gift", moodle, "GIFT");
        // another test class on this database may have sent the same file first: then it is the same version
        assertThat(uploaded.asNormalizedText())
                .containsPattern("题库 quality-innovation (已更新为新版本，共 10 题|与已有版本相同)")
                .contains("题库 quality-innovation 沿用了上一版本的测验设置");
        assertThat(uploaded.getElementById("settingsHint").asNormalizedText()).contains("沿用它所替换的版本的测验设置");
        String after = export("quality-innovation", "gift");
        assertThat(after.lines().limit(3).toList())
                .isEqualTo(before.lines().limit(3).toList())
                .last()
                .isEqualTo("$CATEGORY: $course$/quality-innovation");
        assertThat(after).doesNotContain("top/");

        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("结业学员", null, "OFFICER"), Fixtures.PASSWORD);
            HtmlPage exam = QuizPages.start(officer, "final-exam");
            assertThat(exam.querySelectorAll("li.q[data-position]")).hasSize(32);
        }
    }

    @Test
    void aMoodleStyleFileImportsAndRoundTripsAndABrokenOneIsRefusedWithItsLine() {
        String key = "moodle-" + QuizPages.uniqueKey();
        HtmlPage added = QuizPages.upload(trainer, key + ".gift", MOODLE, "GIFT");
        assertThat(added.asNormalizedText()).contains("已新建题库 " + key + "，共 6 题");

        String first = export(key, "gift");
        assertThat(first).contains("::M1::", "提示\\: 看第二十条", "~%-100%", "=带案下访 -> 带着案件到基层当面处理");
        QuizPages.upload(trainer, key + ".gift", first, "GIFT");
        String second = export(key, "gift");
        assertThat(second).isEqualTo(first);
        assertThat(QuizPages.upload(trainer, key + ".gift", second, "GIFT").asNormalizedText())
                .contains("与已有版本相同");

        String broken = MOODLE.replace("::M3::接待时应当先登记再受理。{TRUE}", "::M3::接待时应当先登记再受理。{TRUE");
        HtmlPage refused = QuizPages.upload(trainer, key + ".gift", broken, "GIFT");
        assertThat(refused.asNormalizedText()).contains("未导入");
        assertThat(refused.getElementById("problems").asNormalizedText()).contains(key + ".gift:17", "花括号没有闭合");
        assertThat(export(key, "gift")).isEqualTo(second);
    }

    @Test
    void anAikenFileImportsAsABankAndSingleChoiceQuestionsExportAsAiken() {
        String key = "aiken-" + QuizPages.uniqueKey();
        HtmlPage added = QuizPages.upload(trainer, key + ".txt", AIKEN, "AIKEN");
        assertThat(added.asNormalizedText()).contains("已新建题库 " + key + "，共 2 题");
        assertThat(export(key, "aiken")).contains("B. 5人", "ANSWER: B", "ANSWER: A");
        // Aiken is plain text: the shipped cases' bold "**接待片段**" is written without its asterisks
        assertThat(export("six-taboos", "aiken")).contains("\n接待片段：").doesNotContain("**");
    }

    @Test
    void itemStatisticsMatchHandComputationOnAKnownDataSet() {
        String key = QuizPages.uniqueKey();
        QuizPages.upload(trainer, key + ".gift", QuizPages.bank("feedback=deferred"), "GIFT");
        // three officers: everything right (4), half right (2), nothing right (0)
        String[][] answers = {
            {"S:0", "F:60日", "T:1", "P:0,1,2"},
            {"S:0", "F:30日", "T:1", ""},
            {"S:1", "F:30日", "T:0", ""},
        };
        for (String[] officerAnswers : answers) {
            try (Browser officer = new Browser(server)) {
                officer.login(fixtures.user("统计学员", null, "OFFICER"), Fixtures.PASSWORD);
                HtmlPage attempt = QuizPages.start(officer, key);
                for (int i = 0; i < officerAnswers.length; i++) {
                    if (!officerAnswers[i].isEmpty()) {
                        answer(officer, server, attempt, i, officerAnswers[i], false);
                    }
                }
                QuizPages.submit(officer, attempt);
            }
        }
        HtmlPage analysis = trainer.get("/trainer/analysis.xhtml?key=" + key);
        // alpha = 4/3 (1 - (4 x 2/9) / (8/3)) = 8/9
        assertThat(analysis.getElementById("summary").asNormalizedText()).contains("已交卷 3 份", "α = 0.89");
        var item1 = analysis.getElementById("item-" + key + "-it-1");
        // facility 2/3; discrimination: item (1,1,0) against the rest (3,1,0), r = 4 / sqrt(28)
        assertThat(item1.querySelector(".facility").asNormalizedText()).isEqualTo("0.67");
        assertThat(item1.querySelector(".discrimination").asNormalizedText()).isEqualTo("0.76");
        assertThat(item1.asNormalizedText()).contains("67% 不接手", "33% 接了不办", "0% 态度生硬");
        var item4 = analysis.getElementById("item-" + key + "-it-4");
        assertThat(item4.querySelector(".facility").asNormalizedText()).isEqualTo("0.33");
        assertThat(analysis.getElementById("tag-BUCK_PASSING")
                        .querySelector(".mean")
                        .asNormalizedText())
                .isEqualTo("67%");
    }

    @Test
    void officersCannotReachTheTrainersPagesOrExports() {
        try (Browser officer = new Browser(server)) {
            officer.login(fixtures.user("越权学员", null, "OFFICER"), Fixtures.PASSWORD);
            assertThat(officer.status(officer.get("/trainer/banks.xhtml"))).isEqualTo(403);
            assertThat(officer.status(officer.get("/trainer/analysis.xhtml?key=six-taboos")))
                    .isEqualTo(403);
            assertThat(officer.status(officer.get("/trainer/bank-export?key=six-taboos&format=gift")))
                    .isEqualTo(403);
        }
    }
}
