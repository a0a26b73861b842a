package academy.xinfang.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Per question type, what survives a trip to Moodle and back (printed as the tables of the closing note):
 * Moodle's real export of the banks as sent, and the shipped banks through the emulated export in both flavours.
 */
class MoodleTripTest {

    private static int[] all(Map<QuestionType, int[]> counts) {
        int[] total = new int[2 + MoodleTrip.Aspect.values().length];
        counts.values().forEach(c -> {
            for (int i = 0; i < c.length; i++) {
                total[i] += c[i];
            }
        });
        return total;
    }

    @Test
    void moodlesRealExportKeepsContentExplanationsAndCategoriesOfEveryType() {
        List<Question> sent = new ArrayList<>(MoodleFixtures.sentQuestions().values());
        List<Question> back = MoodleFixtures.parseClean(
                "moodle-all.gift", MoodleFixtures.giftFiles().get("moodle-all.gift"));
        Map<QuestionType, int[]> counts = MoodleTrip.measure(sent, back);
        System.out.println("Moodle 4.5's export of the banks as sent:\n" + MoodleTrip.table(counts));
        // the export predates the [tag:…] line: tags and sections cannot come back, nor case/ordering
        assertThat(all(counts)).containsExactly(189, 189, 189, 189, 189, 155, 0, 0);
    }

    @Test
    void theShippedBanksComeBackWholeInTheStandardFlavourAndWithoutOrderingExplanationsInMoodles() {
        List<Question> sent = new ArrayList<>();
        List<Question> standard = new ArrayList<>();
        List<Question> moodle = new ArrayList<>();
        for (Map.Entry<String, String> bank : MoodleFixtures.shippedBanks().entrySet()) {
            List<Question> qs = MoodleFixtures.parseClean(bank.getKey(), bank.getValue());
            sent.addAll(qs);
            standard.addAll(
                    MoodleFixtures.parseClean("moodle.gift", MoodleExport.of(bank.getKey(), GiftWriter.write(qs))));
            moodle.addAll(MoodleFixtures.parseClean(
                    "moodle.gift",
                    MoodleExport.of(bank.getKey(), GiftWriter.write(qs, GiftWriter.Flavour.MOODLE), true)));
        }
        Map<QuestionType, int[]> viaStandard = MoodleTrip.measure(sent, standard);
        Map<QuestionType, int[]> viaMoodle = MoodleTrip.measure(sent, moodle);
        System.out.println("Shipped banks, GIFT export through Moodle:\n" + MoodleTrip.table(viaStandard));
        System.out.println("Shipped banks, Moodle-flavour export through Moodle:\n" + MoodleTrip.table(viaMoodle));
        int n = sent.size();
        assertThat(all(viaStandard)).containsOnly(n);
        int ordering = viaMoodle.get(QuestionType.ORDERING)[0];
        assertThat(ordering).isPositive();
        assertThat(all(viaMoodle)).containsExactly(n, n, n, n - ordering, n, n, n, n);
    }
}
