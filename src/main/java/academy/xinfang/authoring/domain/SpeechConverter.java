package academy.xinfang.authoring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts a training speech (Chinese plain text) into draft modules: {@link #clean} removes web-page and PDF debris,
 * {@link #outline} detects the speaker's structure (numbered headings, points, inline enumerations), and the drafts
 * are complete module files with suggested tags. The drafts are a starting point for the trainer, who edits them
 * before publishing; nothing here touches the container.
 */
public final class SpeechConverter {

    public static final int MAX_CHARS = 200_000;

    private SpeechConverter() {}

    /**
     * One draft for the whole speech, or one per top-level section ({@link SplitMode#PER_TOP_SECTION}; the opening
     * goes with the first section, the closing words with the last). {@code sourceName} is the uploaded file's name,
     * listed under {@code sources}; it may be null for pasted text.
     *
     * @throws SpeechFileException {@code authoring.text.empty} for blank text (or text that is all debris),
     *     {@code authoring.text.tooLong} (argument {@link #MAX_CHARS}) for text longer than that
     */
    public static List<Draft> convert(String text, String sourceName, SplitMode mode) {
        if (text == null || text.isBlank()) {
            throw new SpeechFileException("authoring.text.empty");
        }
        if (text.length() > MAX_CHARS && text.codePointCount(0, text.length()) > MAX_CHARS) {
            throw new SpeechFileException("authoring.text.tooLong", MAX_CHARS);
        }
        String cleaned = clean(text);
        if (cleaned.isBlank()) {
            throw new SpeechFileException("authoring.text.empty");
        }
        return DraftWriter.write(outline(cleaned), cleaned, sourceName, mode == null ? SplitMode.ONE_MODULE : mode);
    }

    /**
     * The speech without noise, one paragraph per line and a blank line between paragraphs: web-page boilerplate
     * (来源：, 作者：, 发布时间：, 点击：, 本文转自……, download-site footers, 【打印】【关闭】), PDF debris (spaces between
     * Chinese characters, lines broken in mid-sentence, page numbers), the duplicated lead of web pages, and
     * full-width spaces are gone.
     */
    public static String clean(String text) {
        return SpeechCleaner.clean(text);
    }

    /**
     * The cleaning report of a speech: the whole lines {@link #clean} removes (metadata, page furniture, document-site
     * uploader, download and advertisement lines, file names), in the order they stood, for the trainer to check.
     */
    public static List<String> removedLines(String text) {
        List<String> removed = new ArrayList<>();
        SpeechCleaner.clean(text, removed);
        return removed;
    }

    /** Tags suggested by the speech's words (glossary terms and plain phrases), each with the passage naming it. */
    public static List<TagSuggestion> suggestTags(String text) {
        return TagScanner.scan(clean(text));
    }

    /** The structure of a cleaned speech: title, opening, headed sections with paragraphs and lists, closing. */
    public static Outline outline(String cleanedText) {
        return OutlineBuilder.build(cleanedText == null ? "" : cleanedText);
    }
}
