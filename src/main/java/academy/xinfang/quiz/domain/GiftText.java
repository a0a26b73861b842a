package academy.xinfang.quiz.domain;

/** GIFT escaping shared by the parser and the writer: {@code \~ \= \# \{ \} \: \\} and {@code \n}. */
final class GiftText {

    private static final String SPECIAL = "~=#{}:";

    private GiftText() {}

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (SPECIAL.indexOf(next) >= 0 || next == '\\') {
                    out.append(next);
                    i++;
                    continue;
                }
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Escapes the special characters. Line breaks stay literal, which keeps a case text readable, unless a line would
     * be blank or look like a comment or category line: then every break is written {@code \n}.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        if (escaped.indexOf('\n') >= 0) {
            boolean risky = false;
            for (String line : escaped.split("\n", -1)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("//") || t.startsWith("$CATEGORY")) {
                    risky = true;
                    break;
                }
            }
            if (risky) {
                escaped = escaped.replace("\n", "\\n");
            }
        }
        return escaped;
    }

    /** Index of {@code target} at or after {@code from} that is not preceded by an escaping backslash, or -1. */
    static int indexOfUnescaped(String s, String target, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
                continue;
            }
            if (s.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }
}
