package academy.xinfang.authoring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the numbering a Chinese speaker puts before a point: {@code 一、} {@code （一）} {@code 1.} {@code (1)}
 * {@code ①} {@code 第一，} {@code 首先，} {@code 一是} {@code 一要} {@code 一方面}, Markdown {@code #} headings and bullets, in
 * full-width or half-width punctuation. Inline markers count only at the start of a clause and outside quotation
 * marks, so "统一是" or "他说：“一是……”" are not numbering.
 */
final class Markers {

    enum Kind {
        MD_HEADING,
        BULLET,
        /** 一、 */
        CN,
        /** （一） */
        PAREN_CN,
        /** 1、 1. 1． */
        ARABIC,
        /** (1) 1) ⑴ */
        PAREN_ARABIC,
        /** ① */
        CIRCLED,
        /** 首先 其次 再次 最后, 第一， 第二点， */
        ORDINAL,
        /** 第一部分 第一章 */
        PART,
        /** 一是 一要 一忌 一看 … */
        ENUM,
        /** 一方面 … 另一方面 */
        ASPECT
    }

    /**
     * A marker at {@code start}; the numbered text begins at {@code contentStart}. {@code last} marks "最后", which
     * ends an ordinal sequence whatever its length.
     */
    record Marker(Kind kind, String family, int number, boolean last, int start, int contentStart) {

        String key() {
            return kind == Kind.ORDINAL ? "ORDINAL" : kind + ":" + family;
        }

        /** Whether this marker is the point after {@code previous} in the same sequence. */
        boolean follows(Marker previous) {
            return key().equals(previous.key()) && !previous.last && (number == previous.number + 1 || last);
        }

        boolean isHeadingKind() {
            return kind == Kind.MD_HEADING || kind == Kind.CN || kind == Kind.PAREN_CN || kind == Kind.PART;
        }
    }

    /** Suffixes of 一是/一要 style enumerations; for 是, 要 and 忌 the suffix is numbering only and is dropped. */
    private static final String ENUM_SUFFIXES = "是要忌看抓查靠讲防戒";

    private static final String DROPPED_SUFFIXES = "是要忌";
    private static final String CN_PUNCT = "、.．";
    private static final String ORDINAL_PUNCT = "，,、：:．.";
    private static final String BULLETS = "-*+•●◆■▪◇○";
    private static final String CLAUSE_BEFORE = "。！？；：，、!?;:,”’」』）)】";
    private static final String SENTENCE_BEFORE = "。！？!?";

    private Markers() {}

    /** The marker that opens a paragraph, or null. */
    static Marker lineStart(String text) {
        return text.isEmpty() ? null : at(text, 0, true);
    }

    /** Markers inside a paragraph that start a clause, outside quotation marks, in order. */
    static List<Marker> inline(String text) {
        boolean[] quoted = quoted(text);
        List<Marker> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (quoted[i] || !startsClause(text, i)) {
                continue;
            }
            Marker marker = at(text, i, false);
            if (marker != null) {
                found.add(marker);
                i = marker.contentStart() - 1;
            }
        }
        return found;
    }

    static boolean startsClause(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return CLAUSE_BEFORE.indexOf(before) >= 0 || Character.isWhitespace(before);
    }

    static boolean startsSentence(String text, int i) {
        if (i == 0) {
            return true;
        }
        int j = i - 1;
        while (j > 0 && (text.charAt(j) == '”' || text.charAt(j) == '’' || text.charAt(j) == '」')) {
            j--;
        }
        return SENTENCE_BEFORE.indexOf(text.charAt(j)) >= 0;
    }

    /**
     * For each index, whether it lies inside “…”, 「…」, 『…』, 《…》 or "…". A paragraph whose quotation marks do not
     * pair up (a quote opened on a lost line) is treated as unquoted, rather than hiding the rest of it.
     */
    static boolean[] quoted(String text) {
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        long straight = text.chars().filter(c -> c == '"').count();
        boolean ascii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '『' || c == '《' || c == '‘') {
                inside[i] = depth > 0 || ascii;
                depth++;
                continue;
            }
            if (c == '”' || c == '」' || c == '』' || c == '》' || c == '’') {
                if (depth == 0) {
                    return new boolean[text.length()];
                }
                depth--;
                inside[i] = depth > 0 || ascii;
                continue;
            }
            if (c == '"' && straight % 2 == 0) {
                ascii = !ascii;
            }
            inside[i] = depth > 0 || ascii;
        }
        return depth == 0 ? inside : new boolean[text.length()];
    }

    /** The marker at {@code pos}, or null; Markdown headings and bullets only at a line start. */
    static Marker at(String text, int pos, boolean lineStart) {
        char c = text.charAt(pos);
        if (lineStart && c == '#') {
            return markdownHeading(text);
        }
        if (lineStart && BULLETS.indexOf(c) >= 0) {
            int after = pos + 1;
            boolean solid = c == '•' || c == '●' || c == '◆' || c == '■' || c == '▪' || c == '◇' || c == '○';
            if (after < text.length()
                    && (text.charAt(after) == ' ' || solid)
                    && !(c == '-' && text.startsWith("--", pos))) {
                return new Marker(Kind.BULLET, "", 0, false, pos, skipSpaces(text, after));
            }
            return null;
        }
        if (c == '（' || c == '(') {
            return parenthesised(text, pos);
        }
        if (c >= '0' && c <= '9') {
            return arabic(text, pos);
        }
        if (c >= '\u2460' && c <= '\u2473') {
            return new Marker(Kind.CIRCLED, "", c - '\u2460' + 1, false, pos, skipSpaces(text, pos + 1));
        }
        if (c >= '\u2474' && c <= '\u2487') {
            return new Marker(Kind.PAREN_ARABIC, "", c - '\u2474' + 1, false, pos, skipSpaces(text, pos + 1));
        }
        if (c >= '\u2488' && c <= '\u249B') {
            return new Marker(Kind.ARABIC, "", c - '\u2488' + 1, false, pos, skipSpaces(text, pos + 1));
        }
        if (c == '第') {
            return di(text, pos, lineStart);
        }
        if (text.startsWith("另一方面", pos)) {
            return new Marker(Kind.ASPECT, "", 2, true, pos, skipPunctuation(text, pos + 4));
        }
        Marker ordinal = sequenceWord(text, pos, lineStart);
        if (ordinal != null) {
            return ordinal;
        }
        if (Numerals.isNumeral(c)) {
            return numeralMarker(text, pos);
        }
        return null;
    }

    private static Marker markdownHeading(String text) {
        int hashes = 0;
        while (hashes < text.length() && text.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes > 6 || hashes >= text.length() || text.charAt(hashes) != ' ') {
            return null;
        }
        return new Marker(Kind.MD_HEADING, "", hashes, false, 0, skipSpaces(text, hashes));
    }

    private static Marker parenthesised(String text, int pos) {
        int i = skipSpaces(text, pos + 1);
        if (i >= text.length()) {
            return null;
        }
        Kind kind;
        int number;
        int end;
        if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
            end = i;
            while (end < text.length() && end - i < 2 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            kind = Kind.PAREN_ARABIC;
            number = Integer.parseInt(text.substring(i, end));
        } else {
            Numerals.Parsed parsed = Numerals.parse(text, i);
            if (parsed == null) {
                return null;
            }
            kind = Kind.PAREN_CN;
            number = parsed.value();
            end = i + parsed.length();
        }
        end = skipSpaces(text, end);
        if (end >= text.length() || (text.charAt(end) != '）' && text.charAt(end) != ')')) {
            return null;
        }
        end++;
        if (end < text.length() && CN_PUNCT.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return new Marker(kind, "", number, false, pos, skipSpaces(text, end));
    }

    private static Marker arabic(String text, int pos) {
        int end = pos;
        while (end < text.length() && end - pos < 3 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        if (end - pos > 2 || end >= text.length()) {
            return null;
        }
        int number = Integer.parseInt(text.substring(pos, end));
        char punct = text.charAt(end);
        if (punct == ')' || punct == '）') {
            return new Marker(Kind.PAREN_ARABIC, "", number, false, pos, skipSpaces(text, end + 1));
        }
        if (CN_PUNCT.indexOf(punct) < 0) {
            return null;
        }
        int after = end + 1;
        if (after < text.length() && Character.isDigit(text.charAt(after))) {
            return null; // 2.5, 1.2.3: a number, not a point
        }
        if (after >= text.length()) {
            return null;
        }
        return new Marker(Kind.ARABIC, "", number, false, pos, skipSpaces(text, after));
    }

    /** 第一部分 (part), 第一， 第一点， 第二个方面： (ordinal); 第一条 and 第一次 are citations, not numbering. */
    private static Marker di(String text, int pos, boolean lineStart) {
        Numerals.Parsed parsed = Numerals.parse(text, pos + 1);
        if (parsed == null) {
            return null;
        }
        int i = pos + 1 + parsed.length();
        for (String unit : List.of("部分", "章", "篇", "节")) {
            if (text.startsWith(unit, i)) {
                int end = i + unit.length();
                if (end < text.length()
                        && ORDINAL_PUNCT.indexOf(text.charAt(end)) < 0
                        && !Character.isWhitespace(text.charAt(end))
                        && !lineStart) {
                    return null;
                }
                return new Marker(Kind.PART, unit, parsed.value(), false, pos, skipPunctuation(text, end));
            }
        }
        for (String unit : List.of("个方面", "方面", "点", "")) {
            if (text.startsWith(unit, i)) {
                int end = i + unit.length();
                if (end < text.length() && ORDINAL_PUNCT.indexOf(text.charAt(end)) >= 0) {
                    return new Marker(Kind.ORDINAL, "", parsed.value(), false, pos, skipPunctuation(text, end));
                }
            }
        }
        return null;
    }

    private static Marker sequenceWord(String text, int pos, boolean lineStart) {
        String[] words = {"首先", "其次", "再次", "再者", "最后", "最後"};
        int[] numbers = {1, 2, 3, 3, 0, 0};
        for (int w = 0; w < words.length; w++) {
            if (!text.startsWith(words[w], pos)) {
                continue;
            }
            int end = pos + words[w].length();
            boolean punctuated = end < text.length() && ORDINAL_PUNCT.indexOf(text.charAt(end)) >= 0;
            // Without a comma, "首先要……" still opens a point at a line start; inside a sentence it is an adverb.
            if (!punctuated && !(lineStart && end < text.length() && text.charAt(end) == '要')) {
                return null;
            }
            return new Marker(Kind.ORDINAL, "", numbers[w], numbers[w] == 0, pos, skipPunctuation(text, end));
        }
        return null;
    }

    private static Marker numeralMarker(String text, int pos) {
        if (text.startsWith("一方面", pos)) {
            return new Marker(Kind.ASPECT, "", 1, false, pos, skipPunctuation(text, pos + 3));
        }
        Numerals.Parsed parsed = Numerals.parse(text, pos);
        if (parsed == null) {
            return null;
        }
        int i = pos + parsed.length();
        if (i >= text.length()) {
            return null;
        }
        char next = text.charAt(i);
        if (CN_PUNCT.indexOf(next) >= 0) {
            if (next != '、' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                return null;
            }
            return new Marker(Kind.CN, "", parsed.value(), false, pos, skipSpaces(text, i + 1));
        }
        if (ENUM_SUFFIXES.indexOf(next) >= 0 && parsed.value() <= 20) {
            if (next == '要' && i + 1 < text.length() && text.charAt(i + 1) == '求') {
                return null;
            }
            int content = DROPPED_SUFFIXES.indexOf(next) >= 0 ? skipPunctuation(text, i + 1) : i;
            return new Marker(Kind.ENUM, String.valueOf(next), parsed.value(), false, pos, content);
        }
        return null;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipPunctuation(String text, int i) {
        if (i < text.length() && ORDINAL_PUNCT.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return skipSpaces(text, i);
    }
}
