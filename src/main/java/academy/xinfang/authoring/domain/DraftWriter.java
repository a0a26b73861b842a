package academy.xinfang.authoring.domain;

import academy.xinfang.authoring.domain.Outline.Block;
import academy.xinfang.authoring.domain.Outline.ListBlock;
import academy.xinfang.authoring.domain.Outline.ListItem;
import academy.xinfang.authoring.domain.Outline.Node;
import academy.xinfang.authoring.domain.Outline.Paragraph;
import academy.xinfang.platform.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Writes drafts as complete module files (content/README.md): front matter, {@code ## 学习目标 {#objectives}}, the
 * speech's sections as {@code ## heading {#s1}} / {@code ### heading {#s1-1}} with paragraphs and lists. The speech's
 * file name goes into the front matter's {@code sources} only: a body line naming it would be shown to learners and
 * matched by search (the module page shows sources by their titles). Section ids are positional (s1, s2 …) and the same in both split modes, so a section
 * keeps its anchor whichever way the speech was split. Text is escaped so that nothing in a speech is read as
 * Markdown, YAML or an attribute block.
 */
final class DraftWriter {

    private static final int MAX_OBJECTIVES = 8;
    private static final int MAX_TITLE = 120;
    private static final int CHARS_PER_MINUTE = 400;

    private DraftWriter() {}

    static List<Draft> write(Outline outline, String cleaned, String sourceName, SplitMode mode) {
        String source = sourceName == null || sourceName.isBlank() ? null : baseName(sourceName.strip());
        String idBase = idBase(source, cleaned);
        List<Draft> drafts = new ArrayList<>();
        List<Node> nodes = outline.nodes();
        if (mode == SplitMode.PER_TOP_SECTION && nodes.size() > 1) {
            for (int i = 0; i < nodes.size(); i++) {
                Node node = nodes.get(i);
                List<Block> intro = i == 0 ? outline.intro() : List.of();
                List<Block> closing = i == nodes.size() - 1 ? outline.closing() : List.of();
                String summary = "根据《" + outline.title() + "》第" + Numerals.name(Math.min(i + 1, 99)) + "部分整理。"
                        + firstSentence(node.allBlocks(), 80);
                drafts.add(draft(
                        idBase + "-" + (i + 1),
                        node.heading(),
                        summary,
                        sectionObjectives(node),
                        intro,
                        List.of(node),
                        i,
                        closing,
                        source));
            }
            return drafts;
        }
        drafts.add(draft(
                idBase,
                outline.title(),
                wholeSummary(outline),
                wholeObjectives(outline),
                outline.intro(),
                nodes,
                0,
                outline.closing(),
                source));
        return drafts;
    }

    private static Draft draft(
            String id,
            String rawTitle,
            String summary,
            List<String> objectives,
            List<Block> intro,
            List<Node> nodes,
            int firstIndex,
            List<Block> closing,
            String source) {
        String title = oneLine(rawTitle);
        if (Chars.length(title) > MAX_TITLE) {
            title = title.substring(0, title.offsetByCodePoints(0, MAX_TITLE - 1)) + "…";
        }
        String plain = plainText(intro, nodes, closing);
        List<TagSuggestion> tags = TagScanner.scan(plain);
        int characters =
                (int) plain.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        int minutes = Math.max(1, Math.round(characters / (float) CHARS_PER_MINUTE));

        StringBuilder md = new StringBuilder();
        md.append("---\n");
        md.append("id: ").append(id).append('\n');
        md.append("title: ").append(YamlWriter.scalar(title)).append('\n');
        md.append("summary: ").append(YamlWriter.scalar(oneLine(summary))).append('\n');
        md.append("objectives:\n");
        for (String objective : objectives) {
            md.append("  - ").append(YamlWriter.scalar(oneLine(objective))).append('\n');
        }
        md.append("minutes: ").append(minutes).append('\n');
        md.append("order: 999\n");
        md.append("prerequisites: []\n");
        md.append("tags: ")
                .append(YamlWriter.flowList(
                        tags.stream().map(t -> t.tag().name()).toList()))
                .append('\n');
        md.append("sources: ")
                .append(YamlWriter.flowList(source == null ? List.of() : List.of(source)))
                .append('\n');
        md.append("---\n\n");

        md.append("## 学习目标 {#objectives}\n\n");
        for (String objective : objectives) {
            md.append("- ")
                    .append(MarkdownText.escape(oneLine(objective), true))
                    .append('\n');
        }
        if (!intro.isEmpty()) {
            md.append("\n## 引言 {#intro}\n");
            writeBlocks(md, intro, "");
        }
        for (int i = 0; i < nodes.size(); i++) {
            writeNode(md, nodes.get(i), "s" + (firstIndex + i + 1), 2);
        }
        if (!closing.isEmpty()) {
            md.append("\n## 结语 {#closing}\n");
            writeBlocks(md, closing, "");
        }
        return new Draft(title, oneLine(summary), tags, md.toString());
    }

    // ---- body ---------------------------------------------------------------------------------------------------

    private static void writeNode(StringBuilder md, Node node, String id, int hashes) {
        md.append('\n')
                .append("#".repeat(Math.min(hashes, 6)))
                .append(' ')
                .append(MarkdownText.heading(node.heading()))
                .append(" {#")
                .append(id)
                .append("}\n");
        writeBlocks(md, node.blocks(), "");
        for (int i = 0; i < node.children().size(); i++) {
            writeNode(md, node.children().get(i), id + "-" + (i + 1), hashes + 1);
        }
    }

    private static void writeBlocks(StringBuilder md, List<Block> blocks, String indent) {
        Boolean previousListOrdered = null;
        boolean alternate = false;
        for (Block block : blocks) {
            md.append('\n');
            if (block instanceof Paragraph paragraph) {
                md.append(indent)
                        .append(MarkdownText.escape(paragraph.text(), true))
                        .append('\n');
                previousListOrdered = null;
            } else if (block instanceof ListBlock list) {
                // Two lists in a row would merge into one; a different delimiter keeps them apart.
                alternate = previousListOrdered != null && previousListOrdered == list.ordered() && !alternate;
                writeList(md, list, indent, alternate);
                previousListOrdered = list.ordered();
            }
        }
    }

    private static void writeList(StringBuilder md, ListBlock list, String indent, boolean alternate) {
        boolean loose = list.entries().stream().anyMatch(item -> !item.blocks().isEmpty());
        for (int i = 0; i < list.entries().size(); i++) {
            ListItem item = list.entries().get(i);
            String marker = list.ordered() ? (i + 1) + (alternate ? ")" : ".") : (alternate ? "*" : "-");
            if (i > 0 && loose) {
                md.append('\n');
            }
            md.append(indent).append(marker).append(' ').append(itemText(item)).append('\n');
            if (!item.blocks().isEmpty()) {
                writeBlocks(md, item.blocks(), indent + " ".repeat(marker.length() + 1));
            }
        }
    }

    private static String itemText(ListItem item) {
        if (item.lead().isEmpty()) {
            return MarkdownText.escape(item.body(), true);
        }
        // The closing ** stays before the punctuation: CommonMark ends bold only if it is not followed by a letter.
        return "**" + MarkdownText.escape(item.lead(), false) + "**" + MarkdownText.escape(item.body(), false);
    }

    // ---- front matter values ------------------------------------------------------------------------------------

    private static String wholeSummary(Outline outline) {
        List<Node> nodes = outline.nodes();
        if (nodes.size() <= 1) {
            List<Block> blocks = new ArrayList<>(outline.intro());
            nodes.forEach(node -> blocks.addAll(node.allBlocks()));
            String first = firstSentence(blocks, 120);
            return first.isEmpty() ? "根据讲话稿《" + outline.title() + "》整理。" : first;
        }
        StringBuilder summary = new StringBuilder("根据《")
                .append(outline.title())
                .append("》整理，共")
                .append(Numerals.count(Math.min(nodes.size(), 99)))
                .append("部分：");
        for (int i = 0; i < nodes.size(); i++) {
            String heading = nodes.get(i).heading();
            if (Chars.length(summary.toString()) + Chars.length(heading) > 180) {
                summary.append("等");
                break;
            }
            summary.append(i == 0 ? "" : "；").append(heading);
        }
        return summary.append("。").toString();
    }

    private static List<String> wholeObjectives(Outline outline) {
        List<String> objectives = new ArrayList<>();
        List<Node> nodes = outline.nodes();
        if (nodes.size() > MAX_OBJECTIVES) {
            objectives.add("能说出讲话的" + Numerals.count(Math.min(nodes.size(), 99)) + "个部分");
        }
        for (Node node : nodes) {
            if (objectives.size() >= MAX_OBJECTIVES) {
                break;
            }
            objectives.add(objective(node));
        }
        return objectives;
    }

    private static List<String> sectionObjectives(Node node) {
        List<String> objectives = new ArrayList<>(List.of(objective(node)));
        for (Node child : node.children()) {
            if (objectives.size() >= MAX_OBJECTIVES) {
                break;
            }
            objectives.add(objective(child));
        }
        return objectives;
    }

    /** "能说出“要有优良的政治素养”的三个要点" when the section has points, else "……的主要内容". */
    private static String objective(Node node) {
        String heading = node.heading().replace("“", "").replace("”", "").replace("\"", "");
        int points = node.children().size();
        if (points == 0) {
            for (Block block : node.blocks()) {
                if (block instanceof ListBlock list && list.entries().size() >= 2) {
                    points = list.entries().size();
                    break;
                }
            }
        }
        return points >= 2 && points < 100
                ? "能说出“" + heading + "”的" + Numerals.count(points) + "个要点"
                : "能说出“" + heading + "”的主要内容";
    }

    private static String firstSentence(List<Block> blocks, int max) {
        for (Block block : blocks) {
            String text = block instanceof Paragraph p
                    ? p.text()
                    : ((ListBlock) block).entries().isEmpty()
                            ? ""
                            : ((ListBlock) block).entries().get(0).text();
            if (text.isBlank()) {
                continue;
            }
            int end = 0;
            while (end < text.length() && "。！？!?".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            String sentence = text.substring(0, Math.min(text.length(), end + 1));
            if (Chars.length(sentence) > max) {
                sentence = sentence.substring(0, sentence.offsetByCodePoints(0, max - 2)) + "……";
            }
            return sentence;
        }
        return "";
    }

    private static String plainText(List<Block> intro, List<Node> nodes, List<Block> closing) {
        StringBuilder text = new StringBuilder();
        appendPlain(text, intro);
        for (Node node : nodes) {
            appendPlain(text, node);
        }
        appendPlain(text, closing);
        return text.toString();
    }

    private static void appendPlain(StringBuilder text, Node node) {
        text.append(node.heading()).append('\n');
        appendPlain(text, node.blocks());
        node.children().forEach(child -> appendPlain(text, child));
    }

    private static void appendPlain(StringBuilder text, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                text.append(paragraph.text()).append('\n');
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.entries()) {
                    text.append(item.text()).append('\n');
                    appendPlain(text, item.blocks());
                }
            }
        }
    }

    // ---- ids ----------------------------------------------------------------------------------------------------

    /**
     * "draft-" + the ASCII part of the file name + a checksum of the cleaned text: stable for the same speech, and
     * two speeches with the same file name do not collide.
     */
    static String idBase(String source, String cleaned) {
        CRC32 crc = new CRC32();
        crc.update(cleaned.getBytes(StandardCharsets.UTF_8));
        String checksum = String.format(Locale.ROOT, "%08x", crc.getValue());
        String slug = "";
        if (source != null) {
            String name = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
            slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (slug.length() > 40) {
                slug = slug.substring(0, 40).replaceAll("-+$", "");
            }
        }
        return "draft-" + (slug.isEmpty() ? "" : slug + "-") + checksum;
    }

    private static String baseName(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
