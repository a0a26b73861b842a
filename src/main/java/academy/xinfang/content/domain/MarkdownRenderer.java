package academy.xinfang.content.domain;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.owasp.html.AttributePolicy;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a module body into an HTML fragment safe to insert into a page. Module files are written by
 * administrators, but a file can be pasted from anywhere, so raw HTML in Markdown is never trusted: the whole
 * rendered fragment goes through an allow-list sanitiser, which keeps exactly the markup flexmark produces for
 * our extensions (heading anchors, footnote links, admonition boxes, tables) and nothing that can run script.
 */
public final class MarkdownRenderer {

    /**
     * Unicode letters are needed because flexmark derives ids of headings without {@code {#id}} from their text,
     * and our titles are Chinese ({@code ## 六忌总览} gets {@code id="六忌总览"}).
     */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,200}");

    private static final Pattern CSS_CLASS = Pattern.compile("[a-zA-Z0-9 _-]{1,200}");

    private static final Pattern EXTERNAL_URL = Pattern.compile("(?i)\\s*(https?:)?//.*", Pattern.DOTALL);

    private static final Pattern MAILTO = Pattern.compile("(?i)\\s*mailto:.*", Pattern.DOTALL);

    private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

    /**
     * Runs after the attribute policies, so it sees only an href that survived the protocol check. Other sites
     * must neither gain ranking from our pages nor script access to the tab that opened them.
     */
    private static final ElementPolicy REL_ON_EXTERNAL_LINKS = (element, attributes) -> {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href") && EXTERNAL_URL.matcher(attributes.get(i + 1)).matches()) {
                attributes.add("rel");
                attributes.add("nofollow noopener");
                break;
            }
        }
        return element;
    };

    /** Pictures come from the web or our own server, never from a mail client. */
    private static final AttributePolicy NO_MAILTO_IMAGES =
            (element, attribute, value) -> MAILTO.matcher(value).matches() ? null : value;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "em", "b", "i", "u", "s", "del", "code", "pre", "blockquote",
                    "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd", "img", "sup",
                    "sub", "div", "span")
            .allowElements(HEADINGS)
            .allowElements(REL_ON_EXTERNAL_LINKS, "a")
            // Admonition titles are a bare <span>; keep it so page CSS can address the title.
            .allowWithoutAttributes("span")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(NO_MAILTO_IMAGES).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("id").matching(ID).onElements(concat(HEADINGS, "li", "sup", "a", "div"))
            .allowAttributes("class").matching(CSS_CLASS)
                    .onElements(concat(HEADINGS, "div", "span", "a", "sup", "code", "ul", "ol"))
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .toFactory();

    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS).build();
    }

    /**
     * Markdown body to sanitised HTML fragment; {@code null} renders as nothing.
     *
     * @throws MarkdownLimitException for a text beyond {@link MarkdownLimits}, which is never rendered, or one that
     *     flexmark fails on: callers handle one exception for every text that cannot be shown
     */
    public String render(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        return render(MarkdownLimits.parse(markdown));
    }

    /**
     * A module body as readers get it and as search indexes it, from one parse: the sanitised HTML fragment and its
     * words ({@link TextExtractor}); {@code null} gives two empty strings.
     *
     * @throws MarkdownLimitException as {@link #render(String)} does
     */
    public HtmlAndText renderWithText(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return new HtmlAndText("", "");
        }
        Document document = MarkdownLimits.parse(markdown);
        return new HtmlAndText(render(document), TextExtractor.plainTextOf(document));
    }

    /** What {@link #renderWithText} gives: sanitised HTML, and plain text for search. */
    public record HtmlAndText(String html, String plainText) {}

    /** A document parsed within {@link MarkdownLimits} to sanitised HTML. */
    String render(Document document) {
        String html;
        try {
            html = renderer.render(document);
        } catch (RuntimeException e) {
            throw new MarkdownLimitException(new MarkdownLimits.Violation(1, "markdown.unreadable", List.of()));
        }
        // Stripped because the admonition icon sprite flexmark puts first leaves only blank lines once sanitised.
        return POLICY.sanitize(html).strip();
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
