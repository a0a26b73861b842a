package academy.xinfang.authoring.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph text of a .docx: word/document.xml read with StAX (no DTDs, no external entities), one line per
 * {@code <w:p>}, text from {@code <w:t>} only (deleted text and field codes are not shown in Word either). A paragraph
 * in a heading style (word/styles.xml: "heading 1" … or "Title", or an outline level) gets Markdown {@code #} marks.
 * Uncompressed parts are capped so that a small zip cannot expand into gigabytes.
 */
final class DocxText {

    private static final long MAX_PART = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;
    private static final String BAD = "authoring.file.badDocx";

    private DocxText() {}

    static String read(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new SpeechFileException(BAD);
        }
        byte[] document = null;
        byte[] styles = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new SpeechFileException(BAD);
                }
                if (entry.getName().equals("word/document.xml")) {
                    document = readCapped(zip);
                } else if (entry.getName().equals("word/styles.xml")) {
                    styles = readCapped(zip);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SpeechFileException(BAD, e);
        }
        if (document == null) {
            throw new SpeechFileException(BAD);
        }
        try {
            Map<String, Integer> headingStyles = styles == null ? Map.of() : headingStyles(styles);
            return paragraphs(document, headingStyles);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof SpeechFileException known) {
                throw known;
            }
            throw new SpeechFileException(BAD, e);
        }
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) MAX_PART + 1);
        if (data.length > MAX_PART) {
            throw new SpeechFileException(BAD);
        }
        return data;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
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
    private static Map<String, Integer> headingStyles(byte[] xml) throws XMLStreamException {
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
                String styleName = String.valueOf(attribute(reader, "val")).toLowerCase(Locale.ROOT).strip();
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

    private static String paragraphs(byte[] xml, Map<String, Integer> headingStyles) throws XMLStreamException {
        XMLStreamReader reader = reader(xml);
        StringBuilder out = new StringBuilder();
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
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                    case "p" -> {
                        flush(out, paragraph, level);
                        depth = Math.max(0, depth - 1);
                        level = 0;
                    }
                    case "t" -> inText = false;
                    default -> { }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
                paragraph.append(reader.getText());
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
