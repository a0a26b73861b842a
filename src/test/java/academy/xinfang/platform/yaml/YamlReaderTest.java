package academy.xinfang.platform.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.platform.importing.ImportProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

class YamlReaderTest {

    private static final Set<String> KEYS = Set.of("n", "flag", "name", "list");

    private final YamlReader yaml = new YamlReader("f.yaml", "x");

    private Map<String, NodeTuple> top(String text) {
        Node root = yaml.compose(text, 10_000).orElseThrow();
        return yaml.mapping(root, "top", KEYS);
    }

    @Test
    void aQuotedNumberIsTextNotANumberWhateverTheFile() {
        Map<String, NodeTuple> top = top("n: \"75\"\n");

        assertThat(yaml.integer(top.get("n").getValueNode(), "n")).isNull();
        assertThat(yaml.problems()).containsExactly(ImportProblem.of("f.yaml", 1, "x.badValue", "n", "75"));
    }

    @Test
    void aPlainIntegerIsANumberAndAnOutOfRangeOneIsABadValueAtItsLine() {
        Map<String, NodeTuple> top = top("name: a\nn: 120\n");

        assertThat(yaml.integer(top.get("n").getValueNode(), "n")).isEqualTo(120);
        assertThat(yaml.integer(top.get("n").getValueNode(), "n", 0, 100)).isNull();
        assertThat(yaml.problems()).containsExactly(ImportProblem.of("f.yaml", 2, "x.badValue", "n", 120));
    }

    @Test
    void onlyTrueAndFalseAreBooleans() {
        Map<String, NodeTuple> top = top("flag: yes\n");

        assertThat(yaml.bool(top.get("flag").getValueNode(), "flag")).isNull();
        assertThat(yaml.problems()).extracting(ImportProblem::key).containsExactly("x.badValue");
        assertThat(yaml.bool(top("flag: true\n").get("flag").getValueNode(), "flag"))
                .isTrue();
    }

    @Test
    void unknownAndRepeatedKeysAreReportedAtTheirLines() {
        top("name: a\nother: b\nname: c\n");

        assertThat(yaml.problems())
                .extracting(ImportProblem::line, ImportProblem::key, ImportProblem::arguments)
                .containsExactly(
                        tuple(2, "x.unknownField", List.of("other")), tuple(3, "x.duplicateKey", List.of("name")));
    }

    @Test
    void aMissingKeyIsReportedAtItsOwnerAndAnEmptyOneAtItsKey() {
        Node root = yaml.compose("flag: true\nname:\n", 10_000).orElseThrow();
        Map<String, NodeTuple> top = yaml.mapping(root, "top", KEYS);

        assertThat(yaml.requiredString(top, "name", root)).isNull();
        assertThat(yaml.required(top, "list", root)).isNull();
        assertThat(yaml.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(tuple(2, "x.missingField"), tuple(1, "x.missingField"));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsFileLineCountingTheLinesBeforeTheYaml() {
        YamlReader frontMatter = new YamlReader("m.md", "x", 1);

        assertThat(frontMatter.compose("a: b\nc: d: e\n", 10_000)).isEmpty();
        assertThat(frontMatter.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(tuple(3, "x.badYaml"));
    }

    @Test
    void aForeignTagIsRefusedAtItsLine() {
        assertThat(yaml.compose("name: a\nlist: !!java.util.ArrayList []\n", 10_000))
                .isEmpty();
        assertThat(yaml.problems())
                .extracting(ImportProblem::line, ImportProblem::key)
                .containsExactly(tuple(2, "x.badYaml"));
    }

    @Test
    void aProblemConcernsTheNodeBeingRead() {
        yaml.concerning("greet");
        Map<String, NodeTuple> top = top("list: plain\n");
        yaml.sequence(top.get("list").getValueNode(), "list");

        assertThat(yaml.problems())
                .containsExactly(ImportProblem.atNode("f.yaml", 1, "greet", "x.badType", "list", "sequence"));
    }
}
