package academy.xinfang.content.domain;

import academy.xinfang.platform.vocabulary.Tag;
import academy.xinfang.platform.yaml.YamlReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The front matter of a module file (fields in content/README.md), read as YAML by the {@link YamlReader}: every
 * problem is reported at its file line, a missing field at the closing delimiter, where the author would add it.
 * Problem keys are those of modules: a syntax error or a value of the wrong shape is {@code content.badFrontMatterLine}
 * with the text of its line, a repeated field {@code content.duplicateField}, a bad number {@code content.badNumber}.
 */
final class FrontMatter {

    private static final Pattern NUMBERED_FILE = Pattern.compile("[0-9]{2}-(.+)\\.md");
    private static final Set<String> FIELDS =
            Set.of("id", "title", "summary", "objectives", "minutes", "order", "prerequisites", "tags", "sources");
    private static final int MAX_CHARS = 1_000_000;

    /** What the front matter holds; a field is null when it has a problem. */
    record Fields(
            String id,
            String title,
            String summary,
            List<String> objectives,
            Integer minutes,
            Integer order,
            List<String> prerequisites,
            Set<Tag> tags,
            List<String> sources,
            int idLine,
            int prerequisitesLine) {}

    private final String file;
    private final String[] lines;
    private final int closingLine;
    private final YamlReader yaml;
    private Map<String, NodeTuple> map;

    /** Reads file lines 2 to {@code closingLine - 1} of {@code lines}; problems go to the reader's list. */
    private FrontMatter(String file, String[] lines, int closingLine) {
        this.file = file;
        this.lines = lines;
        this.closingLine = closingLine;
        this.yaml = new YamlReader(file, "content", 1) {
            @Override
            public void report(int line, String key, Object... arguments) {
                switch (key) {
                    case "content.badYaml", "content.badType" ->
                        super.report(
                                line,
                                "content.badFrontMatterLine",
                                line > 0 && line <= lines.length ? lines[line - 1] : "");
                    case "content.duplicateKey" -> super.report(line, "content.duplicateField", arguments);
                    case "content.badValue" -> super.report(line, "content.badNumber", arguments);
                    default -> super.report(line, key, arguments);
                }
            }
        };
    }

    static FrontMatter read(String file, String[] lines, int closingLine) {
        FrontMatter frontMatter = new FrontMatter(file, lines, closingLine);
        frontMatter.compose();
        return frontMatter;
    }

    YamlReader reader() {
        return yaml;
    }

    private void compose() {
        List<String> yamlLines = List.of(lines).subList(1, closingLine - 1);
        if (yamlLines.stream().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            map = Map.of();
            return;
        }
        map = yaml.compose(String.join("\n", yamlLines), MAX_CHARS)
                .map(root -> yaml.mapping(root, "front matter", FIELDS))
                .orElse(null);
    }

    /** The fields, or empty when the YAML itself could not be read (its problem is reported). */
    Optional<Fields> fields() {
        if (map == null) {
            return Optional.empty();
        }
        String id = scalar("id");
        String title = scalar("title");
        String summary = scalar("summary");
        List<String> objectives = list("objectives");
        if (objectives != null && objectives.isEmpty()) {
            yaml.report(keyLine("objectives"), "content.missingField", "objectives");
            objectives = null;
        }
        Integer minutes = number("minutes", true);
        Integer order = number("order", false);
        List<String> prerequisites = list("prerequisites");
        Set<Tag> tags = tags();
        List<String> sources = list("sources");
        checkId(id);
        return Optional.of(new Fields(
                id,
                title,
                summary,
                objectives,
                minutes,
                order,
                prerequisites,
                tags,
                sources,
                keyLine("id"),
                keyLine("prerequisites")));
    }

    private boolean present(String field) {
        if (!map.containsKey(field)) {
            yaml.report(closingLine, "content.missingField", field);
            return false;
        }
        return true;
    }

    private int keyLine(String field) {
        return map.containsKey(field) ? yaml.line(map.get(field).getKeyNode()) : 0;
    }

    private String scalar(String field) {
        if (!present(field)) {
            return null;
        }
        Node value = yaml.required(map, field, null);
        return value == null ? null : yaml.string(value, field);
    }

    private List<String> list(String field) {
        if (!present(field)) {
            return null;
        }
        int before = yaml.problems().size();
        List<String> values = new ArrayList<>();
        for (Node item : yaml.sequence(map.get(field).getValueNode(), field)) {
            String value = yaml.string(item, field);
            if (value != null) {
                values.add(value);
            }
        }
        return yaml.problems().size() == before ? values : null;
    }

    private Integer number(String field, boolean positive) {
        String text = scalar(field);
        if (text == null) {
            return null;
        }
        Node value = map.get(field).getValueNode();
        Integer number = yaml.integer(value, field);
        if (number != null && positive && number <= 0) {
            yaml.report(yaml.line(value), "content.badNumber", field, ((ScalarNode) value).getValue());
            return null;
        }
        return number;
    }

    private Set<Tag> tags() {
        if (list("tags") == null) {
            return null;
        }
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (Node item : yaml.sequence(map.get("tags").getValueNode(), "tags")) {
            String name = ((ScalarNode) item).getValue().strip();
            Optional<Tag> tag = Tag.parse(name);
            if (tag.isPresent()) {
                tags.add(tag.get());
            } else {
                yaml.report(yaml.line(item), "content.unknownTag", name);
            }
        }
        return tags;
    }

    private void checkId(String id) {
        if (id == null) {
            return;
        }
        int line = keyLine("id");
        if (!ModuleParser.ID.matcher(id).matches()) {
            yaml.report(line, "content.badId", id);
        }
        String baseName = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        Matcher numbered = NUMBERED_FILE.matcher(baseName);
        if (numbered.matches() && !numbered.group(1).equals(id)) {
            yaml.report(line, "content.fileNameMismatch", baseName, id);
        }
    }
}
