package academy.xinfang.content.domain;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headings that structure a module, read from flexmark's tree, so that the parser's sections and the rendered
 * sections are the same by construction: a heading of level 2 or 3 that stands at the top level of the document, ATX
 * ({@code ## Title {#id}}) or setext ({@code Title {#id}} underlined with {@code ---}). A heading inside a block quote,
 * an admonition, a list or an HTML block belongs to that block, and a {@code ##} line inside fenced code is no heading.
 */
final class SectionHeadings {

    /** A structuring heading: its explicit {@code {#id}} (null when it has none), title, level and tree node. */
    record Found(Heading heading, String id, String title, int level) {

        /** Where a rendered section starts: a level-2 heading with an id. */
        boolean startsSection() {
            return level == 2 && id != null;
        }
    }

    private SectionHeadings() {}

    /** Whether a heading starts a rendered section: level 2, at the top level, with an id. */
    static boolean startsSection(Heading heading) {
        return heading.getLevel() == 2
                && heading.getParent() instanceof Document document
                && explicitId(document, heading).isPresent();
    }

    static List<Found> of(Document document) {
        List<Found> found = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (node instanceof Heading heading && (heading.getLevel() == 2 || heading.getLevel() == 3)) {
                found.add(new Found(
                        heading, explicitId(document, heading).orElse(null), title(heading), heading.getLevel()));
            }
        }
        return found;
    }

    /**
     * The {@code #id} of the attribute block that flexmark attaches to the heading itself; one glued to the title
     * ({@code ## Title{#id}}) belongs to the text before it and gives the heading no id.
     */
    private static Optional<String> explicitId(Document document, Heading heading) {
        List<AttributesNode> blocks =
                AttributesExtension.NODE_ATTRIBUTES.get(document).get(heading);
        if (blocks == null) {
            return Optional.empty();
        }
        for (AttributesNode block : blocks) {
            for (Node attribute : block.getChildren()) {
                if (attribute instanceof AttributeNode a && a.isId()) {
                    return Optional.of(a.getValue().toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The heading's text as written, without its attribute blocks. */
    private static String title(Heading heading) {
        StringBuilder title = new StringBuilder();
        int start = heading.getText().getStartOffset();
        int end = heading.getText().getEndOffset();
        int at = start;
        for (Node child : heading.getChildren()) {
            if (child instanceof AttributesNode && child.getStartOffset() >= at && child.getEndOffset() <= end) {
                title.append(heading.getDocument().getChars().subSequence(at, child.getStartOffset()));
                at = child.getEndOffset();
            }
        }
        title.append(heading.getDocument().getChars().subSequence(at, Math.max(at, end)));
        return title.toString().strip();
    }
}
