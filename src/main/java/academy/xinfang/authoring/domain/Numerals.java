package academy.xinfang.authoring.domain;

/** Chinese numerals 一 … 九十九 (also 两, the formal 壹 … 拾 and their traditional forms), as used in numbering. */
final class Numerals {

    record Parsed(int value, int length) {}

    private static final String DIGITS = "一二三四五六七八九";
    private static final String FORMAL = "壹贰叁肆伍陆柒捌玖";
    private static final String FORMAL_TRADITIONAL = "壹貳參肆伍陸柒捌玖";

    private Numerals() {}

    static boolean isNumeral(char c) {
        return digit(c) > 0 || isTen(c);
    }

    private static boolean isTen(char c) {
        return c == '十' || c == '拾';
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            i = FORMAL.indexOf(c);
        }
        if (i < 0) {
            i = FORMAL_TRADITIONAL.indexOf(c);
        }
        if (i >= 0) {
            return i + 1;
        }
        return c == '两' ? 2 : 0;
    }

    /** The longest numeral (at most three characters) at {@code pos}, or null. */
    static Parsed parse(String text, int pos) {
        int end = pos;
        while (end < text.length() && end - pos < 3 && isNumeral(text.charAt(end))) {
            end++;
        }
        for (int length = end - pos; length > 0; length--) {
            int value = value(text.substring(pos, pos + length));
            if (value > 0) {
                return new Parsed(value, length);
            }
        }
        return null;
    }

    /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; 0 for anything else (一五, 十十 …). */
    static int value(String s) {
        if (s.length() == 1) {
            char c = s.charAt(0);
            return isTen(c) ? 10 : digit(c);
        }
        if (s.length() == 2) {
            char a = s.charAt(0);
            char b = s.charAt(1);
            if (isTen(a) && digit(b) > 0) {
                return 10 + digit(b);
            }
            if (digit(a) > 1 && isTen(b)) {
                return digit(a) * 10;
            }
            return 0;
        }
        if (s.length() == 3 && digit(s.charAt(0)) > 1 && isTen(s.charAt(1)) && digit(s.charAt(2)) > 0) {
            return digit(s.charAt(0)) * 10 + digit(s.charAt(2));
        }
        return 0;
    }

    private static final String[] NAMES = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** A count before a measure word: 2 → 两 (两个要点), otherwise as {@link #name}. */
    static String count(int n) {
        return n == 2 ? "两" : name(n);
    }

    /** 3 → 三, 12 → 十二, 25 → 二十五 (1 … 99). */
    static String name(int n) {
        if (n < 10) {
            return NAMES[n];
        }
        String tens = n / 10 == 1 ? "十" : NAMES[n / 10] + "十";
        return tens + NAMES[n % 10];
    }
}
