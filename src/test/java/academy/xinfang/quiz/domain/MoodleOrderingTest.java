package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ordering questions as Moodle's native ordering type: written in the Moodle flavour, read from either flavour. */
class MoodleOrderingTest {

    private static final Question ORDERING = new Question(
            "$course$/a",
            "o-1",
            QuestionType.ORDERING,
            "排列：",
            "",
            List.of(),
            List.of(new MatchPair("1", "甲"), new MatchPair("2", "乙"), new MatchPair("3", "丙")),
            "解析：先甲。",
            Set.of(),
            "m#s",
            0);

    @Test
    void theMoodleFlavourWritesOrderingAsMoodlesNativeBlock() {
        String moodle = GiftWriter.write(List.of(ORDERING), GiftWriter.Flavour.MOODLE);
        assertThat(moodle)
                .contains("::o-1::[markdown]排列：{>3 ALL VERTICAL ABSOLUTE_POSITION SHOW none\n甲\n乙\n丙\n####解析：先甲。\n}")
                .contains("[tag:type:ordering]");
        assertThat(GiftWriter.write(List.of(ORDERING))).contains("{\n=1 -> 甲\n=2 -> 乙\n=3 -> 丙\n");
        assertThat(SampleQuestions.withoutLines(MoodleFixtures.parseClean("o.gift", moodle)))
                .containsExactly(ORDERING);
    }

    @Test
    void anItemMoodleCouldNotReadAsItStandsKeepsTheMatchingEncoding() {
        Question braces = new Question(
                "",
                "o-2",
                QuestionType.ORDERING,
                "Q",
                "",
                List.of(),
                List.of(new MatchPair("1", "a {b}"), new MatchPair("2", "c")),
                "",
                Set.of(),
                null,
                0);
        String written = GiftWriter.write(List.of(braces), GiftWriter.Flavour.MOODLE);
        assertThat(written).doesNotContain("{>").contains("=1 -> a \\{b\\}");
        assertThat(SampleQuestions.withoutLines(MoodleFixtures.parseClean("o.gift", written)))
                .containsExactly(braces);
    }

    /** The shape of qtype_ordering's own export fixture (tests/fixtures/testexport.gift.txt in Moodle). */
    @Test
    void readsMoodlesOwnOrderingExport() {
        Question q = MoodleFixtures.parseClean("moodle.gift", """
                        // question: 123  name: Moodle
                        // [id:myid]
                        ::Moodle::[html]Put these words in order.{>2     none
                        Modular
                        Object
                        Oriented
                        }
                        """).get(0);
        assertThat(q.name()).isEqualTo("myid");
        assertThat(q.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(q.pairs())
                .containsExactly(
                        new MatchPair("1", "Modular"), new MatchPair("2", "Object"), new MatchPair("3", "Oriented"));
    }

    @Test
    void anOptionsLineWithAnItemOnItIsRefusedRatherThanReadWrong() {
        BankParseResult parsed = GiftParser.parse("o.gift", "::o::Q{>3 ALL Modular\nObject\nOriented\n}");
        assertThat(parsed.questions()).isEmpty();
        assertThat(parsed.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("quiz.badAnswer"));
        assertThat(GiftParser.parse("o.gift", "// @tags: @section: m#s @type: matching\n::o::Q{>2\na\nb\n}")
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("quiz.typeMismatch"));
    }

    /** Done when: our export in Moodle flavour, read by our parser, equals the source bank, for every shipped bank. */
    @Test
    void everyShippedBankSurvivesTheMoodleFlavourRoundTrip() {
        int natives = 0;
        for (Map.Entry<String, String> bank : MoodleFixtures.shippedBanks().entrySet()) {
            List<Question> source = MoodleFixtures.parseClean(bank.getKey(), bank.getValue());
            QuizSettings settings = QuizSettingsParser.parse(bank.getKey(), bank.getValue(), "x", null)
                    .settings();
            String export = QuizSettingsWriter.write(settings) + GiftWriter.write(source, GiftWriter.Flavour.MOODLE);
            long ordering = source.stream()
                    .filter(q -> q.type() == QuestionType.ORDERING)
                    .count();
            assertThat(export.split("\\{>", -1)).as(bank.getKey()).hasSize((int) ordering + 1);
            natives += (int) ordering;
            assertThat(SampleQuestions.withoutLines(MoodleFixtures.parseClean(bank.getKey(), export)))
                    .as(bank.getKey())
                    .isEqualTo(SampleQuestions.withoutLines(source));
            QuizSettingsParser.Result again = QuizSettingsParser.parse(bank.getKey(), export, "x", null);
            assertThat(again.problems()).isEmpty();
            assertThat(again.settings()).isEqualTo(settings);
        }
        assertThat(natives).isPositive();
    }

    /**
     * Through Moodle and back: Moodle's ordering export writes no general feedback, so ordering questions sent in
     * the Moodle flavour return without their explanation; everything else returns whole.
     */
    @Test
    void aMoodleFlavourBankComesBackFromMoodleLosingOnlyTheOrderingExplanations() {
        for (Map.Entry<String, String> bank : MoodleFixtures.shippedBanks().entrySet()) {
            List<Question> source = MoodleFixtures.parseClean(bank.getKey(), bank.getValue());
            String sent = GiftWriter.write(source, GiftWriter.Flavour.MOODLE);
            List<Question> back = SampleQuestions.withoutLines(
                    MoodleFixtures.parseClean(bank.getKey(), MoodleExport.of(bank.getKey(), sent, true)));
            List<Question> expected = SampleQuestions.withoutLines(source).stream()
                    .map(q -> q.type() == QuestionType.ORDERING ? withoutExplanation(q) : q)
                    .toList();
            assertThat(back).as(bank.getKey()).isEqualTo(expected);
        }
    }

    private static Question withoutExplanation(Question q) {
        return new Question(
                q.category(),
                q.name(),
                q.type(),
                q.text(),
                q.textAfter(),
                q.choices(),
                q.pairs(),
                "",
                q.tags(),
                q.section(),
                q.line());
    }
}
