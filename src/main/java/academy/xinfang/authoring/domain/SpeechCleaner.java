package academy.xinfang.authoring.domain;

import com.vladsch.flexmark.util.sequence.Html5Entities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what is not the speech: web-page furniture (source, author, date and click-count lines, "本文转自……",
 * download-site footers, 【打印】【关闭】), PDF-extraction debris (spaces between Chinese characters, lines broken in
 * mid-sentence, page numbers), leftovers of HTML and Word bookmarks, and the duplicated lead that web pages put
 * before an article (a truncated excerpt "……...", the title repeated with its category). The result has one
 * paragraph per line, paragraphs separated by one blank line.
 *
 * <p>Every pattern here is bounded or linear: speeches of 200,000 characters are cleaned in milliseconds.
 */
final class SpeechCleaner {

    /** A physical line shorter than this is a title or heading, never the first half of a broken sentence. */
    private static final int MIN_BROKEN_LINE = 40;

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\n]{0,200}\\]");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?[A-Za-z][A-Za-z0-9]{0,10}(?:\\s[^<>\\n]{0,300})?/?>|<!--[^\\n]{0,500}?-->");
    private static final Pattern STRAY_TAG = Pattern.compile("</?\\s*$");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern SPACES = Pattern.compile("[\u00A0\u2002\u2003]");
    /** Markdown images and links of a .md upload: the visible text stays, the address goes. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,200})\\]\\([^()\\s]{0,500}\\)");

    private static final Pattern PDF_NOTICE = Pattern.compile("PDF转换可能丢失图片或格式[,，]?\\s*建议阅读原文");
    private static final Pattern WWW =
            Pattern.compile("(?i)www\\.[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,5}(?:/[!-~]{0,200})?");
    private static final Pattern URL_END = Pattern.compile("(?i)\\.(?:s?html?|aspx?|php|jsp)");

    private static final Pattern METADATA = Pattern.compile("(?i)^[【\\[(（]?\\s*(?:来源|文章来源|信息来源|稿件来源|来自|出处"
            + "|作者|撰稿|撰文|编辑|责任编辑|责编|编者|审核|审校|校对|发布时间|发布日期|发表时间|发表日期|更新时间|更新日期"
            + "|上传时间|上传者|录入|录入时间|时间|日期|点击|点击数|点击量|点击率|浏览|浏览次数|浏览量|阅读|阅读数|阅读量|阅读次数"
            + "|人气|字号|字体|所属栏目|栏目|所属分类|分类|关键词|关键字|标签|tags?)\\s*[】\\])）]?\\s*[：:]");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^(?:[-—–\\s]*\\d{1,4}[-—–\\s]*|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)$");
    private static final Pattern RULE_LINE = Pattern.compile("^[-=*_~—·.。…\\s]{3,}$");

    /** A sentence containing one of these is never part of a speech, wherever it stands. */
    private static final List<String> FOOTER_SENTENCES =
            List.of("本文转自", "转载请注明", "转载请保留", "免费下载", "文档下载", "下载频道", "详细请访问", "版权所有", "PDF转换");
    /** Page furniture: a short line containing one of these is dropped. */
    private static final List<String> FURNITURE = List.of(
            "【打印】", "【关闭】", "【打印本页】", "【关闭窗口】", "[打印]", "[关闭]", "打印本页", "关闭窗口", "收藏本文", "分享到", "返回顶部", "返回首页", "上一篇",
            "下一篇", "相关文章", "相关阅读", "推荐阅读", "热门文章", "扫一扫", "二维码", "【字号", "【字体", "下载地址", "点击下载", "更多精彩", "阅读全文", "展开全文",
            "全文阅读");

    private static final int FURNITURE_LINE = 60;

    private SpeechCleaner() {}

    static String clean(String text) {
        return clean(text, new ArrayList<>());
    }

    /**
     * The cleaned text; {@code removed} receives the whole lines that were dropped as page furniture, metadata,
     * document-site noise or a file name, as they read after tidying, so that a trainer can see them and restore one.
     * Debris inside a line, page numbers and rules are not reported: nobody wants them back.
     */
    static String clean(String text, List<String> removed) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String raw : normalise(text).split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                lines.add("");
                continue;
            }
            line = removeDebris(line).strip();
            if (line.isEmpty()) {
                continue; // the line was only debris: it must not break a paragraph either
            }
            for (String part : splitPdfLine(line)) {
                String tidy = tidy(part);
                if (DocumentSiteNoise.isNoise(tidy)) {
                    removed.add(tidy);
                    continue;
                }
                String kept = removeFooters(tidy);
                if (kept == null
                        && !PAGE_NUMBER.matcher(tidy).matches()
                        && !RULE_LINE.matcher(tidy).matches()) {
                    removed.add(tidy);
                }
                if (kept != null && !kept.isEmpty()) {
                    lines.add(kept);
                }
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : joinBrokenLines(lines)) {
            String paired = fullWidthAfterQuotes(pairQuotes(paragraph)).strip();
            if (!paired.isEmpty()) {
                paragraphs.add(paired);
            }
        }
        return String.join("\n\n", removeDuplicateLead(paragraphs));
    }

    // ---- characters ---------------------------------------------------------------------------------------------

    /** Line breaks to \n; every kind of space to ' '; full-width digits and letters to ASCII; invisible marks gone. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
                out.append('\n');
            } else if (c == '\uFEFF' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\u00AD') {
                continue;
            } else if (c == '\t'
                    || c == '\u00A0'
                    || c == '\u3000'
                    || (c >= '\u2000' && c <= '\u200A')
                    || c == '\u202F'
                    || c == '\u205F') {
                out.append(' ');
            } else if ((c >= '\uFF10' && c <= '\uFF19')
                    || (c >= '\uFF21' && c <= '\uFF3A')
                    || (c >= '\uFF41' && c <= '\uFF5A')) {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\\'
                    && i + 1 < text.length()
                    && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'')) {
                continue; // \"家\" left over from an escaped export
            } else if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String removeDebris(String line) {
        String s = BOOKMARK.matcher(line).replaceAll("");
        if (s.indexOf('<') >= 0) {
            s = HTML_TAG.matcher(s).replaceAll("");
            s = STRAY_TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        s = PDF_NOTICE.matcher(s).replaceAll("");
        if (s.indexOf("](") >= 0) {
            s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        }
        s = removeUrls(s);
        return s.replace("**", "");
    }

    /**
     * HTML entities by flexmark's HTML5 table; the spaces of typesetting ({@code &nbsp;}, {@code &ensp;},
     * {@code &emsp;}) become plain spaces and control characters nothing, as the rest of the cleaning expects.
     */
    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decoded = Html5Entities.entityToString(m.group());
            String replacement = decoded.codePoints().allMatch(c -> c < 0x20)
                    ? ""
                    : SPACES.matcher(decoded).replaceAll(" ");
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * URLs, including those a PDF broke with spaces ("…__E6_88_91_E 7 9A 84 E4 … 242362.htm"): from http to the page
     * extension when there is one within 200 characters, else to the next space.
     */
    private static String removeUrls(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int start = indexOfIgnoreCase(s, "http", i);
            if (start < 0 || !(s.startsWith("://", start + 4) || s.regionMatches(true, start + 4, "s://", 0, 4))) {
                if (start < 0) {
                    out.append(s, i, s.length());
                    break;
                }
                out.append(s, i, start + 4);
                i = start + 4;
                continue;
            }
            out.append(s, i, start);
            int limit = Math.min(s.length(), start + 200);
            Matcher extension = URL_END.matcher(s).region(start, limit);
            int end;
            if (extension.find()) {
                end = extension.end();
            } else {
                end = start;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) < 128) {
                    end++;
                }
            }
            i = end;
        }
        return WWW.matcher(out).replaceAll("");
    }

    private static int indexOfIgnoreCase(String s, String word, int from) {
        for (int i = from; i + word.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A line of a PDF whose physical lines were glued with spaces: paragraph starts show as a space after 。！？, every
     * other space is a wrapped line. Such a line is split into its paragraphs.
     */
    private static List<String> splitPdfLine(String line) {
        if (line.length() < 100 || cjkSpaces(line) < 3) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < line.length() - 1; i++) {
            if (line.charAt(i) != ' ') {
                continue;
            }
            int j = i - 1;
            while (j > start && Chars.CLOSERS.indexOf(line.charAt(j)) >= 0 && line.charAt(j) != ')') {
                j--;
            }
            char before = line.charAt(j);
            if ("。！？!?".indexOf(before) >= 0) {
                parts.add(line.substring(start, i).strip());
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                start = i;
            }
        }
        parts.add(line.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static int cjkSpaces(String line) {
        int count = 0;
        for (int i = 1; i < line.length() - 1; i++) {
            if (line.charAt(i) == ' '
                    && (Chars.isCjkOrPunctuation(line.charAt(i - 1)) || Chars.isCjkOrPunctuation(line.charAt(i + 1)))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Spaces next to Chinese characters go ("信 访 工 作" → "信访工作"; Chinese has no word spaces), half-width
     * punctuation after Chinese becomes full-width, other space runs become one space.
     */
    static String tidy(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                int end = i;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                char left = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
                char right = end < line.length() ? line.charAt(end) : 0;
                if (left != 0 && right != 0 && !joinsWithoutSpace(left, right)) {
                    out.append(' ');
                }
                i = end;
                continue;
            }
            char previous = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
            boolean afterChinese = previous != 0 && (Chars.isCjk(previous) || "”’」』）》】".indexOf(previous) >= 0);
            if (afterChinese) {
                c = switch (c) {
                    case ',' -> '，';
                    case ';' -> '；';
                    case ':' -> '：';
                    case '?' -> '？';
                    case '!' -> '！';
                    default -> c;
                };
            }
            out.append(c);
            i++;
        }
        return out.toString().strip();
    }

    private static boolean joinsWithoutSpace(char left, char right) {
        boolean leftCjk = Chars.isCjkOrPunctuation(left);
        boolean rightCjk = Chars.isCjkOrPunctuation(right);
        if (leftCjk && (rightCjk || isAsciiPunctuation(right) || Character.isDigit(right))) {
            return true;
        }
        return rightCjk && (isAsciiPunctuation(left) || Character.isDigit(left));
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && ",.;:!?\"'()".indexOf(c) >= 0;
    }

    // ---- lines --------------------------------------------------------------------------------------------------

    /** The line without web furniture: null when the whole line is furniture. */
    static String removeFooters(String line) {
        if (line.isEmpty()) {
            return line;
        }
        int length = Chars.length(line);
        if (length <= 200 && METADATA.matcher(line).find()) {
            return null;
        }
        if (PAGE_NUMBER.matcher(line).matches() || RULE_LINE.matcher(line).matches()) {
            return null;
        }
        if (length <= FURNITURE_LINE) {
            for (String marker : FURNITURE) {
                if (line.contains(marker)) {
                    return null;
                }
            }
        }
        boolean footer = false;
        for (String marker : FOOTER_SENTENCES) {
            footer |= line.contains(marker);
        }
        return footer ? withoutFooterSentences(line) : line;
    }

    /** The line without the sentences that contain a footer marker, in one pass. */
    private static String withoutFooterSentences(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || "。！？!?".indexOf(line.charAt(i)) >= 0) {
                int end = Math.min(line.length(), i + 1);
                String sentence = line.substring(start, end);
                boolean footer = false;
                for (String marker : FOOTER_SENTENCES) {
                    footer |= sentence.contains(marker);
                }
                if (!footer) {
                    kept.append(sentence);
                }
                start = end;
            }
        }
        return kept.toString().strip();
    }

    /**
     * Glues lines that a PDF or a web page broke in mid-sentence: a line that is long (not a title), does not end a
     * sentence, and is followed by a line that does not start a point or heading continues on that line, even across
     * a blank line (a page break).
     */
    static List<String> joinBrokenLines(List<String> lines) {
        int fullLine = fullLineWidth(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        String lastLine = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (current != null && continues(current, lastLine, line, fullLine)) {
                appendJoined(current, line);
            } else {
                if (current != null) {
                    paragraphs.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            lastLine = line;
        }
        if (current != null) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    /**
     * The width of a full line when the text comes from a PDF with one physical line per text line: many lines of
     * about the same length that end without punctuation. A line that long and unfinished was wrapped, not ended.
     * {@link #MIN_BROKEN_LINE} when there is no such width.
     */
    private static int fullLineWidth(List<String> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        int textLines = 0;
        for (String line : lines) {
            int length = Chars.length(line);
            if (length >= 15) {
                textLines++;
            }
            if (length >= 15
                    && length < MIN_BROKEN_LINE
                    && !Chars.endsSentence(line)
                    && Markers.lineStart(line) == null) {
                counts.merge(length, 1, Integer::sum);
            }
        }
        int best = MIN_BROKEN_LINE;
        int bestCount = 0;
        for (int length : counts.keySet()) {
            int around = counts.getOrDefault(length - 1, 0) + counts.get(length) + counts.getOrDefault(length + 1, 0);
            if (around > bestCount || (around == bestCount && length > best)) {
                best = length;
                bestCount = around;
            }
        }
        // Wrapped lines are most of a PDF's lines; a few similar headings are not a page width.
        return bestCount >= 3 && bestCount * 4 >= textLines ? Math.min(MIN_BROKEN_LINE, best - 2) : MIN_BROKEN_LINE;
    }

    private static boolean continues(CharSequence paragraph, String lastLine, String next, int fullLine) {
        String text = paragraph.toString();
        if (Chars.length(lastLine) < fullLine || Chars.endsSentence(text)) {
            return false;
        }
        Markers.Marker opening = Markers.lineStart(text);
        if (opening != null
                && (opening.kind() == Markers.Kind.MD_HEADING
                        || (opening.isHeadingKind()
                                && Chars.length(text) < MIN_BROKEN_LINE
                                && text.indexOf('。') < 0))) {
            return false; // a heading line is complete without punctuation
        }
        return Markers.lineStart(next) == null;
    }

    private static void appendJoined(StringBuilder paragraph, String line) {
        char left = paragraph.charAt(paragraph.length() - 1);
        char right = line.charAt(0);
        if (!Chars.isCjkOrPunctuation(left) && !Chars.isCjkOrPunctuation(right)) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    /** Straight double quotes in Chinese text become “ and ”, when they pair up within the paragraph. */
    static String pairQuotes(String paragraph) {
        long count = paragraph.chars().filter(c -> c == '"').count();
        if (count == 0 || count % 2 != 0 || !Chars.containsCjk(paragraph)) {
            return paragraph;
        }
        StringBuilder out = new StringBuilder(paragraph.length());
        boolean open = true;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '"') {
                out.append(open ? '“' : '”');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "“桥梁纽带”," → "“桥梁纽带”，": half-width punctuation after a Chinese closing quote. */
    private static String fullWidthAfterQuotes(String paragraph) {
        if (paragraph.indexOf('”') < 0) {
            return paragraph;
        }
        StringBuilder out = new StringBuilder(paragraph);
        for (int i = 1; i < out.length(); i++) {
            if (out.charAt(i - 1) != '”' && out.charAt(i - 1) != '’') {
                continue;
            }
            char full = switch (out.charAt(i)) {
                case ',' -> '，';
                case ';' -> '；';
                case ':' -> '：';
                case '?' -> '？';
                case '!' -> '！';
                default -> 0;
            };
            if (full != 0) {
                out.setCharAt(i, full);
            }
        }
        return out.toString();
    }

    // ---- duplicated lead ----------------------------------------------------------------------------------------

    /** How far into the text the duplicated lead of a web page is looked for. */
    private static final int LEAD_WINDOW = 8;

    /**
     * Web pages repeat the start of an article: a truncated excerpt ending in "..." (sometimes glued to the title),
     * the same paragraph twice, the title twice (once with the site's category after it). The later full copy and the
     * shorter clean title are kept.
     */
    static List<String> removeDuplicateLead(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs);
        boolean changed = true;
        while (changed) {
            changed = false;
            int window = Math.min(kept.size(), LEAD_WINDOW);
            outer:
            for (int i = 0; i < window; i++) {
                String p = kept.get(i);
                for (int j = i + 1; j < Math.min(kept.size(), i + 5); j++) {
                    String q = kept.get(j);
                    int drop = duplicate(p, q);
                    if (drop != 0) {
                        kept.remove(drop < 0 ? i : j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        for (int i = kept.size() - 1; i > 0; i--) {
            if (kept.get(i).equals(kept.get(i - 1)) && Chars.length(kept.get(i)) >= 15) {
                kept.remove(i);
            }
        }
        return kept;
    }

    /** -1 when the earlier paragraph {@code p} is the redundant one, 1 when the later {@code q} is, 0 if neither. */
    private static int duplicate(String p, String q) {
        if (p.equals(q)) {
            // A repeated lead or title; short paragraphs ("正文。", "好！") may well recur in a speech.
            return Chars.length(p) >= 15 || (titleLike(p) && Chars.length(p) >= 4) ? 1 : 0;
        }
        boolean pTitle = titleLike(p);
        boolean qTitle = titleLike(q);
        if (pTitle && qTitle) {
            int difference = Chars.length(p) - Chars.length(q);
            if (difference > 0 && difference <= 12 && p.startsWith(q) && Chars.length(q) >= 4) {
                return -1; // "标题 党建党委" then "标题": the category tag goes
            }
            if (difference < 0 && difference >= -12 && q.startsWith(p) && Chars.length(p) >= 4) {
                return 1;
            }
            return 0;
        }
        if (pTitle) {
            return 0;
        }
        String core = stripEllipsis(p);
        boolean truncated = core.length() < p.length();
        if (Chars.length(core) < 15) {
            return 0;
        }
        if (truncated) {
            String tail = core.substring(Math.max(0, core.length() - 20));
            return q.contains(tail) ? -1 : 0;
        }
        return q.length() > core.length() && q.contains(core) ? -1 : 0;
    }

    private static String stripEllipsis(String p) {
        String s = p;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ellipsis : List.of("...", "…", "。。。")) {
                if (s.endsWith(ellipsis)) {
                    s = s.substring(0, s.length() - ellipsis.length()).strip();
                    stripped = true;
                }
            }
        }
        return s;
    }

    /** A short line without sentence punctuation and numbering: a title or a heading. */
    static boolean titleLike(String p) {
        return Chars.length(p) <= 60
                && p.indexOf('。') < 0
                && !Chars.endsSentence(p)
                && !p.endsWith("...")
                && (Markers.lineStart(p) == null || Markers.lineStart(p).kind() == Markers.Kind.MD_HEADING);
    }
}
