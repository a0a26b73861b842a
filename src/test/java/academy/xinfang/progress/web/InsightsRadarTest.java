package academy.xinfang.progress.web;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.progress.application.InsightsService;
import academy.xinfang.progress.domain.DepartmentInsights;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsightsRadarTest {
    private static final String NAME = "</script><script>alert(1)</script>\u2028镇";

    @Test
    void aDepartmentNameCannotEndTheChartsScriptAndIsDrawnAsTyped() {
        Tag quality = InsightsService.QUALITIES.get(0);
        var bucket = new DepartmentInsights.Bucket(7, NAME, false, 3, Map.of(quality, 71.26), Map.of());
        String config = InsightsPage.radar(
                InsightsService.QUALITIES.stream().map(Tag::name).toList(),
                List.of(bucket),
                DepartmentInsights.Bucket::name);

        assertThat(config).doesNotContain("<", "\u2028");
        JsonObject json = Json.createReader(new StringReader(config)).readObject();
        JsonObject dataset = json.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getString("label")).isEqualTo(NAME);
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(71.3);
    }

    @Test
    void departmentsWithoutQualityFiguresAreNotDrawn() {
        var empty = new DepartmentInsights.Bucket(8, "空", false, 0, Map.of(), Map.of());
        String config = InsightsPage.radar(List.of("a"), List.of(empty), DepartmentInsights.Bucket::name);
        assertThat(Json.createReader(new StringReader(config))
                        .readObject()
                        .getJsonObject("data")
                        .getJsonArray("datasets"))
                .isEmpty();
    }
}
