package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bank written with our Moodle comment line ({@code // [id:…] [tag:…]}) goes to Moodle and comes back in Moodle's
 * spelling ({@link MoodleExport}): every question returns whole, with its name, tags, section and type.
 */
class MoodleRoundTripTest {

    /** The emulated export is what the real Moodle wrote, question by question, for the banks as they were sent. */
    @Test
    void theEmulatedExportIsWhatMoodleWrote() {
        Map<String, String> real =
                MoodleExport.bodies(MoodleFixtures.giftFiles().get("moodle-all.gift"));
        int compared = 0;
        for (Map.Entry<String, String> bank : MoodleFixtures.sentBanks().entrySet()) {
            for (Map.Entry<String, String> q : MoodleExport.bodies(MoodleExport.of(bank.getKey(), bank.getValue()))
                    .entrySet()) {
                assertThat(q.getValue()).as(q.getKey()).isEqualTo(real.get(q.getKey()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(real.size());
    }

    @Test
    void everyShippedBankComesBackFromMoodleWithTagsSectionsAndTypes() {
        int types = 0;
        for (Map.Entry<String, String> bank : MoodleFixtures.shippedBanks().entrySet()) {
            String moodle = MoodleExport.of(bank.getKey(), bank.getValue());
            assertThat(moodle).doesNotContain("// @").contains("$course$/top/").contains("\t");
            var sent = SampleQuestions.withoutLines(MoodleFixtures.parseClean(bank.getKey(), bank.getValue()));
            var back = SampleQuestions.withoutLines(MoodleFixtures.parseClean("moodle-" + bank.getKey(), moodle));
            assertThat(back).as(bank.getKey()).isEqualTo(sent);
            types += (int) sent.stream()
                    .filter(q -> q.type() == QuestionType.CASE || q.type() == QuestionType.ORDERING)
                    .count();
        }
        assertThat(types)
                .as("cases and ordering questions that Moodle alone would collapse")
                .isPositive();
    }
}
