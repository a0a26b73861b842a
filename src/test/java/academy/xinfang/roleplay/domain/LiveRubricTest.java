package academy.xinfang.roleplay.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveRubricTest {

    static LiveRubric complete(int rating) {
        Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
        LiveRubric.tagsOf(TagKind.QUALITY).forEach(t -> qualities.put(t, rating));
        Map<Tag, Integer> attitudes = new EnumMap<>(Tag.class);
        LiveRubric.tagsOf(TagKind.ATTITUDE).forEach(t -> attitudes.put(t, rating));
        return new LiveRubric(
                qualities,
                attitudes,
                Map.of(
                        Tag.BUCK_PASSING,
                        new LiveRubric.Taboo(true, "让他去找国土局"),
                        Tag.IMPATIENCE,
                        new LiveRubric.Taboo(false, "")),
                "总体不错");
    }

    @Test
    void aCompleteRubricHasNoProblemsAndSummarises() {
        LiveRubric r = complete(4);

        assertThat(r.problems()).isEmpty();
        assertThat(r.qualityMean()).isEqualTo(4.0);
        assertThat(r.attitudeMean()).isEqualTo(4.0);
        assertThat(r.observedTaboos()).containsExactly(Tag.BUCK_PASSING);
    }

    @Test
    void everyQualityAndAttitudeMustBeRatedOneToFive() {
        LiveRubric r = complete(4);
        Map<Tag, Integer> qualities = new EnumMap<>(r.qualities());
        qualities.remove(Tag.INNOVATION);
        qualities.put(Tag.POLICY_AND_LAW, 6);
        Map<Tag, Integer> attitudes = new EnumMap<>(r.attitudes());
        attitudes.put(Tag.WARMTH, 0);

        LiveRubric bad = new LiveRubric(qualities, attitudes, r.taboos(), "");

        assertThat(bad.problems())
                .containsExactlyInAnyOrder(
                        new LiveRubric.RubricProblem("live.notRated", Tag.INNOVATION),
                        new LiveRubric.RubricProblem("live.outOfRange", Tag.POLICY_AND_LAW),
                        new LiveRubric.RubricProblem("live.outOfRange", Tag.WARMTH));
    }

    @Test
    void anObservedTabooNeedsANoteAndTagsMustBeOfTheRightKind() {
        LiveRubric r = complete(3);
        Map<Tag, Integer> attitudes = new EnumMap<>(r.attitudes());
        attitudes.put(Tag.INNOVATION, 3);

        LiveRubric bad = new LiveRubric(
                r.qualities(), attitudes, Map.of(Tag.HARSH_ATTITUDE, new LiveRubric.Taboo(true, "  ")), "");

        assertThat(bad.problems())
                .containsExactlyInAnyOrder(
                        new LiveRubric.RubricProblem("live.wrongTag", Tag.INNOVATION),
                        new LiveRubric.RubricProblem("live.tabooNoteRequired", Tag.HARSH_ATTITUDE));
    }

    @Test
    void aScorecardKeepsTheRubricAndRefusesOneWithProblems() {
        LiveScorecard card = new LiveScorecard(1, 2, "", complete(5), Instant.EPOCH);

        LiveRubric kept = card.rubric();
        assertThat(kept.qualities()).isEqualTo(complete(5).qualities());
        assertThat(kept.attitudes()).isEqualTo(complete(5).attitudes());
        assertThat(kept.taboos()).as("every taboo is kept, observed or not").hasSize(6);
        assertThat(kept.observedTaboos()).containsExactly(Tag.BUCK_PASSING);
        assertThat(kept.taboos().get(Tag.BUCK_PASSING).note()).isEqualTo("让他去找国土局");
        assertThat(kept.overallNote()).isEqualTo("总体不错");
        assertThat(card.getScenarioKey()).isNull();
        assertThat(card.isAbout(1)).isTrue();
        assertThatThrownBy(() -> new LiveScorecard(1, 2, null, new LiveRubric(null, null, null, null), Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
