package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Aiken is plain text: Markdown a Moodle site would show literally is not written into it. */
class AikenPlainTextTest {

    @Test
    void emphasisCodeLinksAndEscapesAreWrittenAsTheWordsALearnerReads() {
        Question q = new Question(
                "",
                "a-1",
                QuestionType.CASE,
                "**案例**：老户*又*来了。\n问：怎么办？",
                "",
                List.of(
                        Choice.right("按 `第二十二条` 登记", ""),
                        Choice.wrong("见[条例](https://example.org/)第五条", ""),
                        Choice.wrong("__不理__ \\*", ""),
                        Choice.wrong("~~转走~~", "")),
                List.of(),
                "",
                Set.of(),
                null,
                0);
        assertThat(AikenWriter.write(List.of(q))).isEqualTo("""
                案例：老户又来了。 问：怎么办？
                A. 按 第二十二条 登记
                B. 见条例第五条
                C. 不理 *
                D. ~~转走~~
                ANSWER: A

                """);
    }

    @Test
    void whatIsNotInlineMarkdownStaysAsWritten() {
        assertThat(AikenWriter.plain("Pick {one}: snake_case_name, 2 * 3 * 4 = 24, a\\b"))
                .isEqualTo("Pick {one}: snake_case_name, 2 * 3 * 4 = 24, a\\b");
    }

    /**
     * Our Aiken export of the banks as they were sent writes what Moodle's Aiken export wrote for them (Moodle marks
     * options {@code A)}, we {@code A.}; both are Aiken), question for question.
     */
    @Test
    void ourAikenExportOfTheSentBanksIsMoodles() {
        List<Question> singles = new ArrayList<>();
        MoodleFixtures.sentBanks()
                .forEach((name, text) -> MoodleFixtures.parseClean(name, text).stream()
                        .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.CASE)
                        .forEach(singles::add));
        List<String> ours = blocks(AikenWriter.write(singles));
        List<String> moodle = blocks(MoodleFixtures.aikenFile().replaceAll("(?m)^([A-Z])\\) ", "$1. "));
        assertThat(ours).hasSize(92).containsExactlyInAnyOrderElementsOf(moodle);
    }

    private static List<String> blocks(String aiken) {
        return Arrays.stream(aiken.strip().split("(?<=\nANSWER: [A-Z])\n+")).toList();
    }
}
