package academy.xinfang.authoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structure a reader sees in a speech: its title, the opening before the first heading ({@code intro}), the
 * headed sections ({@code nodes}, level 1 = top-level) and the closing words ({@code closing}, e.g. "同志们，……").
 * A speech without any heading has exactly one node, headed by its title, holding every paragraph.
 */
public record Outline(String title, List<Block> intro, List<Node> nodes, List<Block> closing) {

    public Outline {
        Objects.requireNonNull(title, "title");
        intro = List.copyOf(intro);
        nodes = List.copyOf(nodes);
        closing = List.copyOf(closing);
    }

    /** A heading (without its numbering), the blocks before its first sub-heading, and its sub-headings. */
    public record Node(int level, String heading, List<Node> children, List<Block> blocks) {

        public Node {
            Objects.requireNonNull(heading, "heading");
            if (level < 1) {
                throw new IllegalArgumentException("level must be positive: " + level);
            }
            children = List.copyOf(children);
            blocks = List.copyOf(blocks);
        }

        /** Every block of this section and its sub-sections, in document order. */
        public List<Block> allBlocks() {
            List<Block> all = new ArrayList<>(blocks);
            children.forEach(child -> all.addAll(child.allBlocks()));
            return all;
        }

        /** The lists of this section and its sub-sections, nested lists included, in document order. */
        public List<ListBlock> lists() {
            List<ListBlock> found = new ArrayList<>();
            collectLists(allBlocks(), found);
            return found;
        }
    }

    public sealed interface Block permits Paragraph, ListBlock {}

    public record Paragraph(String text) implements Block {

        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A list: {@code ordered} when the speaker numbered the points (一是…二是…, 1、2、), unordered for parallel
     * paragraphs and definitions ("讲政治，就是……").
     */
    public record ListBlock(boolean ordered, List<ListItem> entries) implements Block {

        public ListBlock {
            entries = List.copyOf(entries);
        }

        /** The text of each item, numbering removed. */
        public List<String> items() {
            return entries.stream().map(ListItem::text).toList();
        }
    }

    /**
     * One point of a list: {@code lead} is its key phrase (shown in bold, may be empty), {@code body} the rest of its
     * first paragraph, {@code blocks} what follows inside the point (a nested list, further paragraphs).
     */
    public record ListItem(String lead, String body, List<Block> blocks) {

        public ListItem {
            Objects.requireNonNull(lead, "lead");
            Objects.requireNonNull(body, "body");
            blocks = List.copyOf(blocks);
        }

        public String text() {
            return lead + body;
        }
    }

    /** Headings of the given level, in document order. */
    public List<String> headings(int level) {
        List<String> found = new ArrayList<>();
        collectHeadings(nodes, level, found);
        return found;
    }

    /** Every list of the speech, nested lists included, in document order. */
    public List<ListBlock> lists() {
        List<ListBlock> found = new ArrayList<>();
        collectLists(intro, found);
        nodes.forEach(node -> found.addAll(node.lists()));
        collectLists(closing, found);
        return found;
    }

    private static void collectHeadings(List<Node> nodes, int level, List<String> found) {
        for (Node node : nodes) {
            if (node.level() == level) {
                found.add(node.heading());
            }
            collectHeadings(node.children(), level, found);
        }
    }

    private static void collectLists(List<Block> blocks, List<ListBlock> found) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                found.add(list);
                list.entries().forEach(item -> collectLists(item.blocks(), found));
            }
        }
    }
}
