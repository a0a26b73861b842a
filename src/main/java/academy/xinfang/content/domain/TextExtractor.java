package academy.xinfang.content.domain;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.toc.SimTocBlock;
import com.vladsch.flexmark.ext.toc.TocBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a module body for full-text search: what a learner reads, without Markdown or HTML markup.
 * Fenced and indented code blocks are left out because in this curriculum they only ever show markup examples,
 * which would make searches for ordinary words hit formatting samples; inline code is kept as it is part of a
 * sentence.
 */
public final class TextExtractor {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INVISIBLE_HTML = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern INVISIBLE_OPENING_TAG = Pattern.compile("(?i)<(script|style)\\b");
    private static final Pattern HTML_TAG = Pattern.compile("(?s)<[^>]*>");

    private TextExtractor() {}

    /**
     * Plain text of a Markdown body, whitespace collapsed to single spaces; {@code null} gives "".
     *
     * @throws MarkdownLimitException for a text beyond {@link MarkdownLimits}, whose tree is never walked
     */
    public static String plainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return plainTextOf(MarkdownLimits.parse(markdown));
    }

    /** Plain text of a document parsed within {@link MarkdownLimits}. */
    static String plainTextOf(Document document) {
        StringBuilder out = new StringBuilder(document.getChars().length());
        collect(document, out);
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }

    private static void collect(Node node, StringBuilder out) {
        if (isSkipped(node)) {
            return;
        }
        // Blocks and cells are separated by spaces so that words of neighbouring paragraphs don't run together.
        boolean separate = node instanceof Block || node instanceof TableCell;
        if (separate) {
            out.append(' ');
        }
        if (node instanceof Text || node instanceof HtmlEntity) {
            out.append(Escaping.unescapeString(node.getChars()));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (node instanceof HtmlBlock) {
            out.append(visibleText(node.getChars().toString()));
        } else {
            if (node instanceof AdmonitionBlock admonition
                    && admonition.getTitle().isNotNull()) {
                out.append(Escaping.unescapeString(admonition.getTitle())).append(' ');
            }
            collectChildren(node, out);
        }
        if (separate) {
            out.append(' ');
        }
    }

    /**
     * Inline {@code <script>} and {@code <style>} arrive as separate opening tag, text and closing tag nodes; the
     * sanitiser drops what lies between them, so search must too.
     */
    private static void collectChildren(Node parent, StringBuilder out) {
        String hiddenUntil = null;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (hiddenUntil != null) {
                if (child instanceof HtmlInline
                        && child.getChars().toString().toLowerCase(Locale.ROOT).startsWith(hiddenUntil)) {
                    hiddenUntil = null;
                }
                continue;
            }
            if (child instanceof HtmlInline) {
                Matcher opening = INVISIBLE_OPENING_TAG.matcher(child.getChars());
                if (opening.lookingAt()) {
                    hiddenUntil = "</" + opening.group(1).toLowerCase(Locale.ROOT);
                }
                continue;
            }
            collect(child, out);
        }
    }

    private static boolean isSkipped(Node node) {
        return node instanceof FencedCodeBlock
                || node instanceof IndentedCodeBlock
                || node instanceof HtmlInline
                || node instanceof HtmlInlineComment
                || node instanceof HtmlCommentBlock
                || node instanceof Reference
                || node instanceof AttributesNode
                || node instanceof TocBlock
                || node instanceof SimTocBlock
                || node instanceof TableSeparator
                // A footnote reference is only its number; the footnote's own text is collected where it is defined.
                || node instanceof Footnote;
    }

    /** What a browser would show of a raw HTML block: no script or style bodies, no comments, no tags. */
    private static String visibleText(String html) {
        String withoutTags =
                HTML_TAG.matcher(INVISIBLE_HTML.matcher(html).replaceAll(" ")).replaceAll(" ");
        return Escaping.unescapeHtml(withoutTags);
    }
}
