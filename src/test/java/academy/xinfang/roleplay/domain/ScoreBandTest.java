package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreBandTest {
    @Test
    void aLowScoreIsNeverGreen() {
        assertThat(ScoreBand.of(26)).isEqualTo(ScoreBand.LOW);
        assertThat(ScoreBand.of(0)).isEqualTo(ScoreBand.LOW);
        assertThat(ScoreBand.of(59)).isEqualTo(ScoreBand.LOW);
    }

    @Test
    void sixtyToSeventyNineIsMiddlingAndEightyUpIsGood() {
        assertThat(ScoreBand.of(60)).isEqualTo(ScoreBand.MIDDLE);
        assertThat(ScoreBand.of(79)).isEqualTo(ScoreBand.MIDDLE);
        assertThat(ScoreBand.of(80)).isEqualTo(ScoreBand.HIGH);
        assertThat(ScoreBand.of(100)).isEqualTo(ScoreBand.HIGH);
    }

    @Test
    void aLiveRatingIsBandedOnTheSameScale() {
        assertThat(ScoreBand.ofRating(2)).isEqualTo(ScoreBand.LOW);
        assertThat(ScoreBand.ofRating(3)).isEqualTo(ScoreBand.MIDDLE);
        assertThat(ScoreBand.ofRating(4)).isEqualTo(ScoreBand.HIGH);
    }
}
