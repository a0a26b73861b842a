package academy.xinfang.roleplay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RadarChartTest {
    private static final List<String> LABELS = List.of("政治素养", "职业道德", "政策观念和法制意识", "业务综合能力", "心理素质", "务实作风", "创新精神");

    @Test
    void theFirstAxisPointsUpAndScoresScaleFromTheCentreToTheRim() {
        RadarChart chart = RadarChart.of(LABELS, List.of(100, 50, 0, 50, 50, 50, 50));
        RadarChart.Axis top = chart.axes().get(0);
        assertThat(top.x()).isEqualTo("0.0");
        assertThat(top.y()).isEqualTo("-90.0");
        assertThat(top.pointY()).isEqualTo("-90.0");
        assertThat(top.anchor()).isEqualTo("middle");
        assertThat(chart.axes().get(2).pointX()).isEqualTo("0.0");
        assertThat(chart.axes().get(2).pointY()).isEqualTo("0.0");
        assertThat(chart.scorePoints().split(" ")).hasSize(7).startsWith("0.0,-90.0");
        assertThat(chart.rings()).hasSize(5);
    }

    @Test
    void labelsOnTheRightStartAtTheRimAndThoseOnTheLeftEndThere() {
        RadarChart chart = RadarChart.of(LABELS, List.of(50, 50, 50, 50, 50, 50, 50));
        assertThat(chart.axes())
                .extracting(RadarChart.Axis::anchor)
                .containsExactly("middle", "start", "start", "start", "end", "end", "end");
    }

    @Test
    void scoresOutsideZeroToHundredAreClamped() {
        RadarChart chart = RadarChart.of(List.of("a", "b", "c"), List.of(150, -5, 100));
        assertThat(chart.axes()).extracting(RadarChart.Axis::score).containsExactly(100, 0, 100);
    }

    @Test
    void longLabelsTakeTwoLines() {
        assertThat(RadarChart.lines("心理素质")).containsExactly("心理素质");
        assertThat(RadarChart.lines("政策观念和法制意识")).containsExactly("政策观念和", "法制意识");
        assertThat(RadarChart.lines("Innovation")).containsExactly("Innovation");
        assertThat(RadarChart.lines("Policy and legal awareness")).containsExactly("Policy and", "legal awareness");
    }

    @Test
    void aRadarNeedsThreeScoresWithLabels() {
        assertThatThrownBy(() -> RadarChart.of(List.of("a", "b"), List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RadarChart.of(List.of("a", "b", "c"), List.of(1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
