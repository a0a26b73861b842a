package academy.xinfang.authoring.domain;

/** Character classes of Chinese text as the converter needs them. */
final class Chars {

    /** Sentence-final punctuation: a line ending with one of these ends a paragraph. */
    static final String TERMINAL = "。！？；：!?;:…";
    /** Closing quotes and brackets, ignored when looking for the last real character of a sentence. */
    static final String CLOSERS = "”’」』）)】》\"'";

    private Chars() {}

    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= 0x3040 && c <= 0x30FF) // kana, in case a Japanese term appears
                || (c >= 0xAC00 && c <= 0xD7AF);
    }

    /** CJK and full-width punctuation: 。，、；：？！“”‘’（）《》【】「」『』…— and the like. */
    static boolean isCjkPunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF01 && c <= 0xFF0F)
                || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40)
                || (c >= 0xFF5B && c <= 0xFF65)
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '…'
                || c == '—'
                || c == '·';
    }

    static boolean isCjkOrPunctuation(int c) {
        return isCjk(c) || isCjkPunctuation(c);
    }

    static boolean containsCjk(String s) {
        return s.codePoints().anyMatch(Chars::isCjk);
    }

    /** The last character that is not a closing quote or bracket, or 0. */
    static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (CLOSERS.indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /** Whether the text ends a sentence (。！？；： … or an ellipsis), closing quotes aside. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = s.charAt(i);
        if (TERMINAL.indexOf(last) >= 0) {
            return true;
        }
        // "高兴." in half-width text, or "..." as an ellipsis
        return last == '.' && i > 0 && (isCjk(s.charAt(i - 1)) || s.charAt(i - 1) == '.');
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
