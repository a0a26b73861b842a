package academy.xinfang.content.domain;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
            if (attributes.get(i).equals("href")
                    && EXTERNAL_URL.matcher(attributes.get(i + 1)).matches()) {
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
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "strong",
                    "em",
                    "b",
                    "i",
                    "u",
                    "s",
                    "del",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "dl",
                    "dt",
                    "dd",
                    "img",
                    "sup",
                    "sub",
                    "div",
                    "span")
            .allowElements(HEADINGS)
            .allowElements(REL_ON_EXTERNAL_LINKS, "a")
            // Admonition titles are a bare <span>; keep it so page CSS can address the title.
            .allowWithoutAttributes("span")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("title")
            .onElements("a", "img")
            .allowAttributes("src")
            .matching(NO_MAILTO_IMAGES)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("id")
            .matching(ID)
            .onElements(concat(HEADINGS, "li", "sup", "a", "div"))
            .allowAttributes("class")
            .matching(CSS_CLASS)
            .onElements(concat(HEADINGS, "div", "span", "a", "sup", "code", "ul", "ol"))
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,9}"))
            .onElements("ol")
            .allowAttributes("align")
            .matching(true, "left", "center", "right")
            .onElements("th", "td")
            .toFactory();

    /**
     * Put before each heading that starts a section, so that the one rendering of a body can be cut where the tree
     * says; random, so that no raw HTML in a module can pass for it. Sanitising removes any that would remain.
     */
    private static final String SECTION_MARK = "<!--section-" + UUID.randomUUID() + "-->";

    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS)
                .nodeRendererFactory(options ->
                        () -> Set.of(new NodeRenderingHandler<>(Heading.class, (heading, context, html) -> {
                            if (SectionHeadings.startsSection(heading)) {
                                html.raw(SECTION_MARK);
                            }
                            context.delegateRender();
                        })))
                .build();
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
     * A module body as the reader shows it, from one parse: sanitised HTML per section, keyed by the id of the
     * level-2 heading that starts it ({@link SectionHeadings}, the headings {@link ModuleParser} lists), with text
     * before the first such heading, if any, as the section {@code intro}; and the words for search.
     *
     * @throws MarkdownLimitException as {@link #render(String)} does
     */
    public SectionsAndText renderSections(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return new SectionsAndText(Map.of(), "");
        }
        Document document = MarkdownLimits.parse(markdown);
        List<String> keys = new ArrayList<>(List.of("intro"));
        SectionHeadings.of(document).stream()
                .filter(h -> SectionHeadings.startsSection(h.heading()))
                .forEach(h -> keys.add(h.id()));
        List<String> parts = new ArrayList<>();
        // The mark lands before the line break that ends the previous block: the break stays with that block.
        String html = rawHtml(document).replace(SECTION_MARK + "\n", "\n" + SECTION_MARK);
        for (String part : html.split(Pattern.quote(SECTION_MARK), -1)) {
            parts.add(POLICY.sanitize(part));
        }
        // As if the whole fragment was stripped: the admonition sprite leaves only blank lines before the text.
        parts.set(0, parts.get(0).stripLeading());
        parts.set(parts.size() - 1, parts.get(parts.size() - 1).stripTrailing());
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).isBlank()) {
                sections.merge(keys.get(i), parts.get(i), String::concat);
            }
        }
        return new SectionsAndText(sections, TextExtractor.plainTextOf(document));
    }

    /** What {@link #renderSections} gives: sanitised HTML per section in document order, and plain text. */
    public record SectionsAndText(Map<String, String> sections, String plainText) {}

    /** A document parsed within {@link MarkdownLimits} to sanitised HTML. */
    String render(Document document) {
        // Stripped because the admonition icon sprite flexmark puts first leaves only blank lines once sanitised.
        return POLICY.sanitize(rawHtml(document)).strip();
    }

    private String rawHtml(Document document) {
        try {
            return renderer.render(document);
        } catch (RuntimeException e) {
            throw new MarkdownLimitException(new MarkdownLimits.Violation(1, "markdown.unreadable", List.of()));
        }
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
