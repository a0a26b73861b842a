package academy.xinfang.roleplay.domain;

import academy.xinfang.platform.importing.ImportProblem;
import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.vocabulary.TagKind;
import academy.xinfang.platform.yaml.YamlReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one lexicon file (format in quizzes/lexicons/README.md): {@code category} (a taboo or an attitude),
 * optional {@code mood: {agitation: n, trust: n}} and {@code entries}, a map from phrase to quality deltas, read by
 * the {@link YamlReader}, so every problem carries its line. Problem keys: {@code roleplay.badYaml}, {@code roleplay.missingField}, {@code roleplay.unknownField},
 * {@code roleplay.unknownTag}, {@code roleplay.wrongTagKind}, {@code roleplay.badValue}.
 */
public final class LexiconLoader {

    public record Result(Optional<Lexicon> lexicon, List<ImportProblem> problems) {}

    private static final Set<String> TOP = Set.of("category", "mood", "entries");
    private static final Set<String> MOOD = Set.of("agitation", "trust");
    private static final int MAX_CHARS = 1_000_000;

    private LexiconLoader() {}

    public static Result load(String file, String text) {
        YamlReader yaml = new YamlReader(file, "roleplay");
        Optional<Node> root = yaml.compose(text, MAX_CHARS);
        Map<String, NodeTuple> top =
                root.map(r -> yaml.mapping(r, "lexicon", TOP)).orElse(null);
        if (top == null) {
            return new Result(Optional.empty(), yaml.problems());
        }
        Tag category = TagReading.of(
                yaml, yaml.required(top, "category", root.get()), "category", TagKind.TABOO, TagKind.ATTITUDE);
        int agitation = 0;
        int trust = 0;
        Node moodNode = yaml.optional(top, "mood");
        Map<String, NodeTuple> mood = moodNode == null ? Map.of() : yaml.mapping(moodNode, "mood", MOOD);
        if (mood != null) {
            Node a = yaml.optional(mood, "agitation");
            Node t = yaml.optional(mood, "trust");
            agitation = a == null ? 0 : Objects.requireNonNullElse(yaml.integer(a, "mood.agitation"), 0);
            trust = t == null ? 0 : Objects.requireNonNullElse(yaml.integer(t, "mood.trust"), 0);
        }
        List<Lexicon.Entry> entries = new ArrayList<>();
        Node entriesNode = yaml.required(top, "entries", root.get());
        if (entriesNode instanceof MappingNode map && map.getValue().isEmpty()) {
            yaml.report(yaml.line(entriesNode), "roleplay.missingField", "entries");
        } else if (entriesNode != null && !(entriesNode instanceof MappingNode)) {
            yaml.report(yaml.line(entriesNode), "roleplay.badType", "entries", "mapping");
        } else if (entriesNode instanceof MappingNode map) {
            for (NodeTuple e : map.getValue()) {
                entry(yaml, e).ifPresent(entries::add);
            }
        }
        if (yaml.hasProblems() || category == null) {
            return new Result(Optional.empty(), yaml.problems());
        }
        return new Result(Optional.of(new Lexicon(file, category, agitation, trust, entries)), List.of());
    }

    /** A phrase and its quality deltas; reported problems concern the phrase. */
    private static Optional<Lexicon.Entry> entry(YamlReader yaml, NodeTuple e) {
        String phrase = e.getKeyNode() instanceof ScalarNode s ? s.getValue().strip() : "";
        yaml.concerning(phrase);
        try {
            if (phrase.isEmpty() || phrase.replace("…", "").isBlank()) {
                yaml.report(yaml.line(e.getKeyNode()), "roleplay.badValue", "entries", phrase);
                return Optional.empty();
            }
            Map<Tag, Integer> qualities = new EnumMap<>(Tag.class);
            Node value = e.getValueNode();
            if (value instanceof MappingNode deltas) {
                for (NodeTuple d : deltas.getValue()) {
                    Tag quality = TagReading.of(yaml, d.getKeyNode(), phrase, TagKind.QUALITY);
                    String name = d.getKeyNode() instanceof ScalarNode k ? k.getValue() : phrase;
                    Integer delta = yaml.integer(d.getValueNode(), name);
                    if (quality != null && delta != null) {
                        qualities.put(quality, delta);
                    }
                }
            } else if (!YamlReader.isNull(value)) {
                yaml.report(
                        yaml.line(value),
                        "roleplay.badValue",
                        phrase,
                        value instanceof ScalarNode s ? s.getValue() : "");
            }
            return Optional.of(new Lexicon.Entry(phrase, qualities));
        } finally {
            yaml.concerning("");
        }
    }
}
