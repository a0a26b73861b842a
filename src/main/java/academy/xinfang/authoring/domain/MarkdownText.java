package academy.xinfang.authoring.domain;

/**
 * Escapes speech text for a Markdown module body: nothing a speaker says may turn into emphasis, a link, HTML, a
 * footnote, a table, an attribute block or — at a line start — a heading, list, quote, admonition or definition.
 */
final class MarkdownText {

    /** Characters with a meaning in CommonMark or in our extensions (tables, attributes, footnotes). */
    private static final String SPECIAL = "\\`*_[]<>{}|&$~";

    private MarkdownText() {}

    /** {@code text} escaped; {@code lineStart} when it begins a line (or a list item's content). */
    static String escape(String text, boolean lineStart) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 && !(c == '_' && intraword(text, i))) {
                out.append('\\');
            }
            out.append(c);
        }
        if (lineStart && out.length() > 0) {
            escapeLineStart(out);
        }
        return out.toString();
    }

    /** "file_name": an underscore between letters or digits never starts emphasis in CommonMark. */
    private static boolean intraword(String text, int i) {
        return i > 0
                && i + 1 < text.length()
                && isAsciiAlphanumeric(text.charAt(i - 1))
                && isAsciiAlphanumeric(text.charAt(i + 1));
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** A heading's text: also without {@code #} and braces, which would end the heading or start its attributes. */
    static String heading(String text) {
        String plain = text.replace('#', '＃').replace('{', '｛').replace('}', '｝');
        return escape(plain, false);
    }

    private static void escapeLineStart(StringBuilder out) {
        char first = out.charAt(0);
        if ("#>+-=:!".indexOf(first) >= 0) {
            out.insert(0, '\\');
            return;
        }
        int digits = 0;
        while (digits < out.length()
                && digits < 10
                && Character.isDigit(out.charAt(digits))
                && out.charAt(digits) < 128) {
            digits++;
        }
        if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
            out.insert(digits, '\\');
        }
    }
}
