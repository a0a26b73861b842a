package academy.xinfang.authoring.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph text of a .docx: word/document.xml read with StAX (no DTDs, no external entities), one line per
 * {@code <w:p>}, text from {@code <w:t>} only (deleted text and field codes are not shown in Word either). A paragraph
 * in a heading style (word/styles.xml: "heading 1" … or "Title", or an outline level) gets Markdown {@code #} marks.
 *
 * <p>An upload of at most 5 MB can inflate a thousandfold, so the archive is read as a whole never is: only these two
 * parts, found through the zip's directory (pictures are never inflated), streamed through a budget of inflated
 * bytes per part and in total and a budget of extracted characters, each stopping the read at the first byte or
 * character over it. A part whose directory entry already claims too much is refused before it is inflated.
 */
final class DocxText {

    /**
     * Inflated bytes of word/document.xml or word/styles.xml. Word writes about 20 bytes of XML per character of a
     * heavily formatted text, so the longest speech the converter takes (200,000 characters) needs under 8 MB.
     */
    static final long MAX_PART_BYTES = 32L * 1024 * 1024;
    /** Inflated bytes of both parts together. */
    static final long MAX_TOTAL_BYTES = 40L * 1024 * 1024;
    /**
     * An entry the text does not need (a picture, say) is never inflated, but one that claims more than this, or
     * that claims more than {@link #BOMB_RATIO} times its compressed size above {@link #BOMB_FLOOR}, marks the file
     * as a zip bomb: no Word document holds such a part, and the file is refused as such.
     */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static final long BOMB_FLOOR = 10L * 1024 * 1024;
    static final long BOMB_RATIO = 200;
    private static final int MAX_ENTRIES = 10_000;
    private static final String BAD = "authoring.file.badDocx";
    private static final String DOCUMENT = "word/document.xml";
    private static final String STYLES = "word/styles.xml";

    private DocxText() {}

    static String read(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new SpeechFileException(BAD);
        }
        ZipDirectory zip;
        try {
            zip = ZipDirectory.read(bytes, MAX_ENTRIES);
        } catch (ZipException e) {
            throw new SpeechFileException(BAD, e);
        }
        ZipDirectory.Entry document = zip.entry(DOCUMENT).orElseThrow(() -> new SpeechFileException(BAD));
        Optional<ZipDirectory.Entry> styles = zip.entry(STYLES);
        for (ZipDirectory.Entry entry : zip.entries()) {
            if (entry != document && styles.filter(s -> s == entry).isEmpty() && isBomb(entry)) {
                throw new SpeechFileException("authoring.file.docxBomb", entry.name());
            }
        }
        long declared = document.size() + styles.map(ZipDirectory.Entry::size).orElse(0L);
        if (document.size() > MAX_PART_BYTES
                || styles.map(ZipDirectory.Entry::size).orElse(0L) > MAX_PART_BYTES
                || declared > MAX_TOTAL_BYTES) {
            throw tooLarge(declared > MAX_TOTAL_BYTES ? MAX_TOTAL_BYTES : MAX_PART_BYTES);
        }
        Budget budget = new Budget();
        try {
            Map<String, Integer> headingStyles =
                    styles.isEmpty() ? Map.of() : headingStyles(budget.open(zip, styles.get()));
            return paragraphs(budget.open(zip, document), headingStyles);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            // the budgets throw from inside the XML reader, which may wrap what it did not expect
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SpeechFileException known) {
                    throw known;
                }
            }
            throw new SpeechFileException(BAD, e);
        }
    }

    private static boolean isBomb(ZipDirectory.Entry entry) {
        return entry.size() > MAX_ENTRY_BYTES
                || entry.size() > BOMB_FLOOR && entry.size() > BOMB_RATIO * Math.max(1, entry.compressedSize());
    }

    private static SpeechFileException tooLarge(long limit) {
        return new SpeechFileException("authoring.file.docxTooLarge", limit / 1024 / 1024);
    }

    /** The inflated bytes of the parts of one document, counted as they are read. */
    private static final class Budget {
        private long total;

        InputStream open(ZipDirectory zip, ZipDirectory.Entry entry) throws ZipException {
            return new FilterInputStream(zip.open(entry)) {
                private long part;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) {
                    part += n;
                    total += n;
                    if (part > MAX_PART_BYTES) {
                        throw tooLarge(MAX_PART_BYTES);
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw tooLarge(MAX_TOTAL_BYTES);
                    }
                }
            };
        }
    }

    private static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(xml);
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Style id → Markdown level: 1 for the title, 2 for "heading 1", 3 for "heading 2" … */
    private static Map<String, Integer> headingStyles(InputStream xml) throws XMLStreamException {
        Map<String, Integer> levels = new HashMap<>();
        XMLStreamReader reader = reader(xml);
        String styleId = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if (name.equals("style")) {
                styleId = attribute(reader, "styleId");
            } else if (name.equals("name") && styleId != null) {
                String styleName = String.valueOf(attribute(reader, "val"))
                        .toLowerCase(Locale.ROOT)
                        .strip();
                if (styleName.equals("title") || styleName.equals("标题")) {
                    levels.put(styleId, 1);
                } else if (styleName.matches("(heading|标题)\\s?[1-5]")) {
                    levels.put(styleId, styleName.charAt(styleName.length() - 1) - '0' + 1);
                }
            } else if (name.equals("outlineLvl") && styleId != null && !levels.containsKey(styleId)) {
                Integer level = outlineLevel(attribute(reader, "val"));
                if (level != null) {
                    levels.put(styleId, level);
                }
            }
        }
        return levels;
    }

    private static Integer outlineLevel(String value) {
        if (value == null || !value.matches("[0-4]")) {
            return null;
        }
        return Integer.parseInt(value) + 2;
    }

    /**
     * @throws SpeechFileException {@code authoring.text.tooLong} as soon as the text passes what the converter takes,
     *     so a document of millions of characters is never held whole
     */
    private static String paragraphs(InputStream xml, Map<String, Integer> headingStyles) throws XMLStreamException {
        XMLStreamReader reader = reader(xml);
        StringBuilder out = new StringBuilder();
        long characters = 0;
        StringBuilder paragraph = new StringBuilder();
        int level = 0;
        boolean inText = false;
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        if (depth > 0) {
                            flush(out, paragraph, level); // a paragraph inside a text box
                        }
                        depth++;
                        level = 0;
                    }
                    case "pStyle" -> level = headingStyles.getOrDefault(String.valueOf(attribute(reader, "val")), 0);
                    case "outlineLvl" -> {
                        Integer outline = outlineLevel(attribute(reader, "val"));
                        if (outline != null) {
                            level = outline;
                        }
                    }
                    case "t" -> inText = true;
                    case "tab" -> paragraph.append(' ');
                    case "br", "cr" -> paragraph.append('\n');
                    default -> {}
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        flush(out, paragraph, level);
                        depth = Math.max(0, depth - 1);
                        level = 0;
                    }
                    case "t" -> inText = false;
                    default -> {}
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
                String text = reader.getText();
                characters += text.codePointCount(0, text.length());
                if (characters > SpeechConverter.MAX_CHARS) {
                    throw new SpeechFileException("authoring.text.tooLong", SpeechConverter.MAX_CHARS);
                }
                paragraph.append(text);
            }
        }
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph, int level) {
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (text.isEmpty()) {
            out.append('\n');
            return;
        }
        if (level > 0 && text.indexOf('\n') < 0) {
            out.append("#".repeat(level)).append(' ');
        }
        out.append(text).append('\n');
    }
}
