package academy.xinfang.platform.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

class YamlWriterTest {

    private static final String[] AWKWARD = {
        "信访培训 Part 1:接访要点",
        "a: b",
        "第一课 # 注释",
        "75",
        "true",
        "null",
        "- 项",
        "[a]",
        "{a}",
        "\"引号\"",
        "'单引号'",
        "反斜杠 \\ 在此",
        "@开头",
        "*星号",
        "a, b",
        "！感叹号",
        "～"
    };

    private static Map<String, NodeTuple> read(YamlReader yaml, String text) {
        Node root = yaml.compose(text, 10_000).orElseThrow();
        return yaml.mapping(root, "top", Set.of("value", "list"));
    }

    static Stream<String> awkward() {
        return Stream.concat(Stream.of(AWKWARD), Stream.of("普通的标题"));
    }

    @ParameterizedTest
    @MethodSource("awkward")
    void aWrittenScalarReadsBackAsTheSameText(String value) {
        YamlReader yaml = new YamlReader("f.yaml", "x");

        String read = yaml.optionalString(read(yaml, "value: " + YamlWriter.scalar(value) + "\n"), "value");

        assertThat(yaml.problems()).isEmpty();
        assertThat(read).isEqualTo(value);
    }

    @Test
    void aWrittenFlowListReadsBackAsTheSameItems() {
        YamlReader yaml = new YamlReader("f.yaml", "x");
        List<String> values = List.of(AWKWARD);

        Map<String, NodeTuple> map = read(yaml, "list: " + YamlWriter.flowList(values) + "\n");
        List<String> read = yaml.sequence(map.get("list").getValueNode(), "list").stream()
                .map(n -> yaml.string(n, "list"))
                .toList();

        assertThat(yaml.problems()).isEmpty();
        assertThat(read).isEqualTo(values);
    }

    @Test
    void aValueWithAnAsciiColonIsDoubleQuotedAndAPlainOneIsLeftPlain() {
        assertThat(YamlWriter.scalar("信访培训 Part 1:接访要点")).isEqualTo("\"信访培训 Part 1:接访要点\"");
        assertThat(YamlWriter.scalar("普通的标题")).isEqualTo("普通的标题");
        assertThat(YamlWriter.flowList(List.of("WARMTH", "PATIENCE"))).isEqualTo("[WARMTH, PATIENCE]");
        assertThat(YamlWriter.flowList(List.of())).isEqualTo("[]");
    }
}
