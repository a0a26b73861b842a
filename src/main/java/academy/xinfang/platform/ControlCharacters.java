package academy.xinfang.platform;

/**
 * Characters no one types: NUL and the other C0 controls except tab, line feed, carriage return, vertical tab and
 * form feed (pasted Word and PDF text carries those as line breaks, and the speech cleaner reads them so), and DEL.
 * Text holding one is refused wherever it comes in (request parameters and file names, bank files, officer lists):
 * MariaDB and H2 keep a NUL differently, and pages cannot show the others.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** The index of the first such character in {@code text}; -1 when there is none. */
    public static int indexIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\f' || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code text} holds such a character. */
    public static boolean in(CharSequence text) {
        return indexIn(text) >= 0;
    }
}
