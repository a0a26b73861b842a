package academy.xinfang.authoring.domain;

import academy.xinfang.platform.vocabulary.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and rewrites the {@code tags} field of a module's front matter, so that trainers pick tags by their Chinese
 * names instead of typing enum names into YAML. Only the {@code tags} lines change; the rest of the text, comments
 * included, stays as the trainer wrote it. Names that are not tags are left to the import to report.
 */
public final class FrontMatterTags {

    private FrontMatterTags() {}

    /** The tags the front matter lists (flow or block list), in the order written; unknown names skipped. */
    public static List<Tag> read(String markdown) {
        List<String> lines = lines(markdown);
        int end = frontMatterEnd(lines);
        List<Tag> tags = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            String line = lines.get(i);
            if (!line.startsWith("tags:")) {
                continue;
            }
            String value = withoutComment(line.substring("tags:".length())).strip();
            List<String> names = new ArrayList<>();
            if (value.startsWith("[") && value.endsWith("]")) {
                for (String name : value.substring(1, value.length() - 1).split(",")) {
                    names.add(unquote(name.strip()));
                }
            } else if (value.isEmpty()) {
                for (int k = i + 1; k < end && lines.get(k).stripLeading().startsWith("- "); k++) {
                    names.add(unquote(withoutComment(lines.get(k).stripLeading().substring(2))
                            .strip()));
                }
            }
            for (String name : names) {
                Optional<Tag> tag = Tag.parse(name);
                tag.filter(t -> !tags.contains(t)).ifPresent(tags::add);
            }
            break;
        }
        return tags;
    }

    /**
     * The text with its {@code tags} field set to these tags in glossary order, as a flow list; a front matter without
     * the field gets it before its closing line, a text without front matter is returned unchanged.
     */
    public static String withTags(String markdown, List<Tag> chosen) {
        List<String> lines = new ArrayList<>(lines(markdown));
        int end = frontMatterEnd(lines);
        if (end < 0) {
            return markdown;
        }
        List<String> names = new ArrayList<>();
        for (Tag tag : Tag.values()) {
            if (chosen.contains(tag)) {
                names.add(tag.name());
            }
        }
        String field = "tags: [" + String.join(", ", names) + "]";
        for (int i = 1; i < end; i++) {
            if (lines.get(i).startsWith("tags:")) {
                int k = i + 1;
                while (k < end && lines.get(k).stripLeading().startsWith("- ")) {
                    k++;
                }
                lines.subList(i, k).clear();
                lines.add(i, field);
                return String.join("\n", lines);
            }
        }
        lines.add(end, field);
        return String.join("\n", lines);
    }

    private static List<String> lines(String markdown) {
        return List.of((markdown == null ? "" : markdown.replace("\r\n", "\n")).split("\n", -1));
    }

    /** The index of the closing {@code ---} of the front matter, or -1 when the text has none. */
    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutComment(String value) {
        int hash = value.indexOf(" #");
        return hash < 0 ? value : value.substring(0, hash);
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
