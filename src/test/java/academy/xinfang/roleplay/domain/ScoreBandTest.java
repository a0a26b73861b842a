package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreBandTest {
    /** Below 60 low (a 26 is never green), 60–79 middling, 80 and more good; the edges on both sides. */
    @ParameterizedTest
    @CsvSource({"0, LOW", "26, LOW", "59, LOW", "60, MIDDLE", "79, MIDDLE", "80, HIGH", "100, HIGH"})
    void aScoreFallsInItsBand(int percent, ScoreBand band) {
        assertThat(ScoreBand.of(percent)).isEqualTo(band);
    }

    /** A live rating of 1–5 counts 20 points a step: 2 is low, 3 middling, 4 good. */
    @ParameterizedTest
    @CsvSource({"1, LOW", "2, LOW", "3, MIDDLE", "4, HIGH", "5, HIGH"})
    void aLiveRatingIsBandedOnTheSameScale(int rating, ScoreBand band) {
        assertThat(ScoreBand.ofRating(rating)).isEqualTo(band);
    }
}
