package academy.xinfang.authoring.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reading an uploaded speech. The file name decides the format: {@code .txt} and {@code .md} are text in UTF-8 or,
 * failing that, GB18030 (a superset of GBK and GB2312, what Chinese Windows editors save); {@code .docx} is a Word
 * document whose paragraphs become lines. Everything else, and anything that is not text, is refused with a message
 * key the trainer can act on.
 */
public final class SpeechFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The text of a file, the charset it was read in, and its format ({@code txt}, {@code md} or {@code docx}). */
    public record Decoded(String text, String charset, String format) {}

    private SpeechFile() {}

    /**
     * .txt and .md: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030; a UTF-16 file with BOM is
     * read as such. .docx: the paragraph text of word/document.xml, one paragraph per line (paragraphs in a Word
     * heading style are marked with Markdown {@code #}, so the outline keeps them as headings).
     *
     * @throws SpeechFileException {@code authoring.file.unsupported} (argument: the extension),
     *     {@code authoring.file.empty}, {@code authoring.file.tooLarge} (argument: the limit in MB),
     *     {@code authoring.file.binary} for bytes that are not text, {@code authoring.file.badDocx} for a Word file
     *     that cannot be read, {@code authoring.file.docxTooLarge} (argument: the budget in MB) for one that inflates
     *     past the budget, {@code authoring.file.docxBomb} (argument: the entry) for one with an entry that claims an
     *     absurd size, {@code authoring.text.tooLong} for one with more text than the converter takes
     */
    public static Decoded read(String fileName, byte[] bytes) {
        String format = format(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new SpeechFileException("authoring.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new SpeechFileException("authoring.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        if (format.equals("docx")) {
            String text = DocxText.read(bytes);
            if (text.isBlank()) {
                throw new SpeechFileException("authoring.file.empty");
            }
            return new Decoded(text, "UTF-8", format);
        }
        Decoded decoded = decodeText(bytes, format);
        if (decoded.text().isBlank()) {
            throw new SpeechFileException("authoring.file.empty");
        }
        return decoded;
    }

    private static String format(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String extension = dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (extension.equals("txt") || extension.equals("md") || extension.equals("docx")) {
            return extension;
        }
        throw new SpeechFileException("authoring.file.unsupported", extension.isEmpty() ? name : "." + extension);
    }

    private static Decoded decodeText(byte[] bytes, String format) {
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            boolean little = (bytes[0] & 0xFF) == 0xFF;
            Charset charset = little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            String text = strict(charset, bytes, 2);
            if (text == null) {
                throw new SpeechFileException("authoring.file.binary");
            }
            return checked(text, charset.name(), format);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new SpeechFileException("authoring.file.binary");
            }
        }
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, offset);
        if (utf8 != null) {
            return checked(utf8, "UTF-8", format);
        }
        String gb = strict(GB18030, bytes, 0);
        if (gb == null) {
            throw new SpeechFileException("authoring.file.binary");
        }
        return checked(gb, "GB18030", format);
    }

    /** The bytes decoded, or null when they are not valid in this charset. */
    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text with NULs or many control characters is a binary file that happened to decode. */
    private static Decoded checked(String text, String charset, String format) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new SpeechFileException("authoring.file.binary");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > text.length()) {
            throw new SpeechFileException("authoring.file.binary");
        }
        return new Decoded(text, charset, format);
    }
}
