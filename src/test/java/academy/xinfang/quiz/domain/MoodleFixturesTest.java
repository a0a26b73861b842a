package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Moodle 4.5's own export of the shipped banks reads back as the questions that went out: text with the blank where
 * it was, options, weights, feedback, pairs and explanations, in our categories. Moodle's export predates the
 * {@code [tag:…]} line, so it cannot carry tags, sections or the case/ordering distinction: only the type the GIFT
 * syntax shows is compared here ({@link MoodleSpellingTest} covers the rest).
 */
class MoodleFixturesTest {

    private static final Map<String, Question> SENT = MoodleFixtures.sentQuestions();

    @Test
    void everyQuestionOfEveryFixtureFileIsTheShippedQuestionItCameFrom() {
        int compared = 0;
        for (Map.Entry<String, String> file : MoodleFixtures.giftFiles().entrySet()) {
            List<Question> questions = MoodleFixtures.parseClean(file.getKey(), file.getValue());
            assertThat(questions).as(file.getKey()).isNotEmpty();
            for (Question back : questions) {
                Question sent = SENT.get(back.name());
                assertThat(sent)
                        .as(file.getKey() + ": " + back.name() + " is a shipped question")
                        .isNotNull();
                assertSameContent(back, sent, file.getKey());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(0);
    }

    @Test
    void theWholeBankFileHoldsAllTheImportedQuestionsOnce() {
        List<Question> all = MoodleFixtures.parseClean(
                "moodle-all.gift", MoodleFixtures.giftFiles().get("moodle-all.gift"));
        // the fixtures README: 14 banks, 189 questions, all imported
        assertThat(all).hasSize(189);
        Set<String> names = new HashSet<>();
        all.forEach(q -> assertThat(names.add(q.name())).as(q.name()).isTrue());
    }

    @Test
    void fillQuestionsKeepTheBlankInsideTheSentence() {
        List<Question> fills =
                MoodleFixtures.parseClean(
                                "moodle-all.gift", MoodleFixtures.giftFiles().get("moodle-all.gift"))
                        .stream()
                        .filter(q -> q.type() == QuestionType.FILL)
                        .toList();
        assertThat(fills).isNotEmpty();
        assertThat(fills.stream().filter(q -> !q.textAfter().isEmpty())).isNotEmpty();
        for (Question back : fills) {
            assertThat(back.text()).as(back.name()).doesNotContain("_____");
            assertThat(back.textAfter())
                    .as(back.name())
                    .isEqualTo(SENT.get(back.name()).textAfter());
        }
    }

    @Test
    void categoriesLoseMoodlesTopAndMatchOurs() {
        for (Question back : MoodleFixtures.parseClean(
                "moodle-all.gift", MoodleFixtures.giftFiles().get("moodle-all.gift"))) {
            assertThat(back.category()).as(back.name()).doesNotContain("/top");
            assertThat(back.category()).isEqualTo(SENT.get(back.name()).category());
        }
    }

    /**
     * Moodle's Aiken export holds the 92 single-answer questions (single and case): the text as plain text on one
     * line (Markdown emphasis dropped, line breaks as spaces), the options and the right one.
     */
    @Test
    void theAikenFixtureHoldsEverySingleAnswerQuestionWithItsOptionsAndKey() {
        BankParseResult aiken = AikenParser.parse("moodle-all.aiken.txt", MoodleFixtures.aikenFile());
        assertThat(aiken.problems()).isEmpty();
        assertThat(aiken.questions()).hasSize(92);
        List<Question> singles = new ArrayList<>(SENT.values().stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.CASE)
                .toList());
        for (Question back : aiken.questions()) {
            Question sent = singles.stream()
                    .filter(q -> plain(q.text()).equals(back.text()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no shipped question with the text " + back.text()));
            singles.remove(sent);
            assertThat(back.choices().stream().map(Choice::text).toList())
                    .as(sent.name())
                    .isEqualTo(sent.choices().stream().map(c -> plain(c.text())).toList());
            assertThat(back.choices().stream().map(Choice::isFullyRight).toList())
                    .as(sent.name())
                    .isEqualTo(sent.choices().stream().map(Choice::isFullyRight).toList());
        }
    }

    /** What Moodle's Aiken export makes of a Markdown text: emphasis dropped, one line. */
    private static String plain(String markdown) {
        return markdown.replace("**", "").replace("\n", " ").strip();
    }

    static void assertSameContent(Question back, Question sent, String where) {
        String as = where + ": " + sent.name();
        assertThat(back.category()).as(as + " category").isEqualTo(sent.category());
        assertThat(back.type()).as(as + " type").isEqualTo(sent.type().syntacticType());
        assertThat(back.text()).as(as + " text").isEqualTo(sent.text());
        assertThat(back.textAfter()).as(as + " text after the blank").isEqualTo(sent.textAfter());
        assertThat(back.choices()).as(as + " choices").hasSameSizeAs(sent.choices());
        for (int i = 0; i < sent.choices().size(); i++) {
            Choice b = back.choices().get(i);
            Choice s = sent.choices().get(i);
            assertThat(b.text()).as(as + " choice " + i).isEqualTo(s.text());
            assertThat(b.fraction()).as(as + " weight " + i).isEqualByComparingTo(s.fraction());
            assertThat(b.feedback()).as(as + " feedback " + i).isEqualTo(s.feedback());
        }
        assertThat(back.pairs()).as(as + " pairs").isEqualTo(sent.pairs());
        assertThat(back.generalFeedback()).as(as + " explanation").isEqualTo(sent.generalFeedback());
    }
}
