package academy.xinfang.authoring.domain;

import academy.xinfang.authoring.domain.Markers.Kind;
import academy.xinfang.authoring.domain.Markers.Marker;
import academy.xinfang.authoring.domain.Outline.Block;
import academy.xinfang.authoring.domain.Outline.ListBlock;
import academy.xinfang.authoring.domain.Outline.ListItem;
import academy.xinfang.authoring.domain.Outline.Node;
import academy.xinfang.authoring.domain.Outline.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Detects the outline of a cleaned speech the way a reader does. Headings are numbered lines — 一、 (top), （一）,
 * 第一部分, Markdown {@code #} — and runs of points at paragraph starts: 首先/其次/第三/最后 and 第一，/第二点，, or
 * 1、2、 when each point has text of its own. A heading line is short, or its heading is the part before the first 。
 * ("一、提高认识。正文……" is heading 提高认识 and a paragraph). Levels follow nesting, as in a table of contents:
 * numbering first met inside a section is one level deeper. Points introduced as 一是/一要/一忌… become list items,
 * also when the first of them stands inside the preceding paragraph ("抓好四个重点：一要……" then "二要……").
 */
final class OutlineBuilder {

    private static final int MAX_HEADING = 40;
    private static final int LIST_GAP = 3;
    private static final int HEADING_GAP = 40;
    private static final Pattern DATE_LINE =
            Pattern.compile("[（(]?\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?[)）]?");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
            + "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
            + "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
            + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚"
            + "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    private enum Role {
        PLAIN,
        HEADING,
        ITEM,
        CONTINUATION
    }

    private static final class Para {
        final String text;
        final boolean splitOff;
        Marker start;
        Role role = Role.PLAIN;
        int group = -1;
        boolean ordered = true;

        Para(String text, boolean splitOff) {
            this.text = text;
            this.splitOff = splitOff;
            this.start = Markers.lineStart(text);
        }
    }

    private OutlineBuilder() {}

    static Outline build(String cleaned) {
        List<String> lines = new ArrayList<>();
        for (String line : cleaned.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        String title = null;
        int from = 0;
        if (!lines.isEmpty()) {
            String first = lines.get(0);
            Marker opening = Markers.lineStart(first);
            if (opening != null && opening.kind() == Kind.MD_HEADING && opening.number() == 1) {
                title = headingLabel(first.substring(opening.contentStart()), Kind.MD_HEADING);
                from = 1;
            } else if (opening == null && lines.size() > 1 && SpeechCleaner.titleLike(first)) {
                title = first;
                from = 1;
            }
            while (title != null && from < lines.size() && from <= 3 && isByline(lines.get(from))) {
                from++;
            }
        }
        List<Para> paras = new ArrayList<>();
        for (String line : lines.subList(from, lines.size())) {
            paras.add(new Para(line, false));
        }
        splitBackward(paras);
        splitForward(paras);
        promoteNumberedTitles(paras);
        classify(paras);
        markParallel(paras);
        Tree tree = new Tree();
        tree.build(paras);

        List<Node> nodes = tree.nodes();
        List<Block> intro = tree.freeze(tree.intro);
        List<Block> closing = new ArrayList<>();
        if (nodes.isEmpty()) {
            String heading = title != null ? title : fallbackTitle(intro);
            nodes = List.of(new Node(1, heading, List.of(), intro));
            intro = List.of();
        } else {
            nodes = moveClosing(nodes, closing);
        }
        if (title == null) {
            title = nodes.get(0).heading();
        }
        return new Outline(title, intro, nodes, closing);
    }

    // ---- preparing paragraphs -----------------------------------------------------------------------------------

    /** An author's name or a date right under the title ("## 姜金兵", "（2024年6月28日）"). */
    private static boolean isByline(String line) {
        String text = line;
        Marker opening = Markers.lineStart(line);
        if (opening != null && opening.kind() == Kind.MD_HEADING) {
            text = line.substring(opening.contentStart()).strip();
        } else if (opening != null) {
            return false;
        }
        if (DATE_LINE.matcher(text).matches()) {
            return true;
        }
        int length = Chars.length(text);
        return length >= 2
                && length <= 4
                && text.codePoints().allMatch(Chars::isCjk)
                && (SURNAMES.indexOf(text.charAt(0)) >= 0
                        || List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯")
                                .contains(text.substring(0, 2)));
    }

    private static boolean splittable(Kind kind) {
        return kind == Kind.ENUM
                || kind == Kind.ARABIC
                || kind == Kind.PAREN_ARABIC
                || kind == Kind.CIRCLED
                || kind == Kind.ORDINAL
                || kind == Kind.ASPECT
                || kind == Kind.CN
                || kind == Kind.PAREN_CN;
    }

    /**
     * "抓好四个重点：一要……" followed by a paragraph "二要……": the first point is cut from its lead-in, so that
     * all points start paragraphs.
     */
    private static void splitBackward(List<Para> paras) {
        for (int i = 1; i < paras.size(); i++) {
            Para p = paras.get(i);
            Marker m = p.start;
            if (m == null || m.number() < 2 || !splittable(m.kind())) {
                continue;
            }
            Para previous = paras.get(i - 1);
            if (previous.start != null && m.follows(previous.start)) {
                continue;
            }
            Marker found = null;
            for (Marker candidate : Markers.inline(previous.text)) {
                if (candidate.start() > 0
                        && candidate.key().equals(m.key())
                        && candidate.number() == m.number() - 1
                        && !candidate.last()) {
                    found = candidate;
                }
            }
            if (found == null) {
                continue;
            }
            paras.set(i - 1, new Para(previous.text.substring(0, found.start()).strip(), previous.splitOff));
            paras.add(i, new Para(previous.text.substring(found.start()), true));
            i--; // look at the new point: its own predecessor may sit in the lead-in too
        }
    }

    /** "第三，……。最后，要区别对待。" — the next point of a paragraph-level sequence starts a paragraph. */
    private static void splitForward(List<Para> paras) {
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            Marker m = p.start;
            if (m == null || !splittable(m.kind()) || m.last()) {
                continue;
            }
            if (i + 1 < paras.size()
                    && paras.get(i + 1).start != null
                    && paras.get(i + 1).start.follows(m)) {
                continue;
            }
            for (Marker candidate : Markers.inline(p.text)) {
                if (candidate.start() == 0 || !candidate.key().equals(m.key())) {
                    continue;
                }
                if (candidate.follows(m) && Markers.startsSentence(p.text, candidate.start())) {
                    paras.set(i, new Para(p.text.substring(0, candidate.start()).strip(), p.splitOff));
                    paras.add(i + 1, new Para(p.text.substring(candidate.start()), false));
                }
                break; // any other marker of this kind belongs to a sequence inside the paragraph
            }
        }
    }

    /** "六要有务实的作风" between "五、……" and "七、……": a top-level heading whose 、 was lost. */
    private static void promoteNumberedTitles(List<Para> paras) {
        int lastTop = 0;
        for (Para p : paras) {
            Marker m = p.start;
            if (m == null) {
                continue;
            }
            if (m.kind() == Kind.CN) {
                lastTop = m.number();
            } else if (m.kind() == Kind.ENUM
                    && lastTop > 0
                    && m.number() == lastTop + 1
                    && Chars.length(p.text) <= 30
                    && p.text.indexOf('。') < 0
                    && !Chars.endsSentence(p.text)) {
                Numerals.Parsed numeral = Numerals.parse(p.text, 0);
                p.start = new Marker(Kind.CN, "", m.number(), false, 0, numeral.length());
                lastTop = m.number();
            }
        }
    }

    // ---- classifying --------------------------------------------------------------------------------------------

    private static void classify(List<Para> paras) {
        int groups = 0;
        Map<String, Integer> lastNumber = new HashMap<>();
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            Marker m = p.start;
            if (m == null || p.role != Role.PLAIN) {
                continue;
            }
            switch (m.kind()) {
                case MD_HEADING -> p.role = Role.HEADING;
                case CN, PAREN_CN, PART -> {
                    Integer last = lastNumber.get(m.key());
                    if (m.number() == 1 || last == null || last == m.number() - 1) {
                        p.role = Role.HEADING;
                        lastNumber.put(m.key(), m.number());
                    }
                }
                case BULLET -> {
                    int group = groups++;
                    for (int j = i;
                            j < paras.size()
                                    && paras.get(j).start != null
                                    && paras.get(j).start.kind() == Kind.BULLET
                                    && paras.get(j).role == Role.PLAIN;
                            j++) {
                        paras.get(j).role = Role.ITEM;
                        paras.get(j).group = group;
                        paras.get(j).ordered = false;
                    }
                }
                default -> {
                    List<Integer> members = members(paras, i);
                    if (members.size() < 2) {
                        continue;
                    }
                    boolean intermediates = members.get(members.size() - 1) - members.get(0) >= members.size();
                    if (headingRun(paras, members, intermediates)) {
                        members.forEach(j -> paras.get(j).role = Role.HEADING);
                    } else {
                        int group = groups++;
                        for (int j = members.get(0); j <= members.get(members.size() - 1); j++) {
                            Para member = paras.get(j);
                            member.role = members.contains(j) ? Role.ITEM : Role.CONTINUATION;
                            member.group = group;
                        }
                    }
                }
            }
        }
    }

    /** The paragraphs that continue the sequence opened at {@code first}: 一 then 二, 三 … */
    private static List<Integer> members(List<Para> paras, int first) {
        Marker opening = paras.get(first).start;
        boolean headingKind = opening.kind() == Kind.ORDINAL || opening.kind() == Kind.ARABIC;
        int maxGap = headingKind ? HEADING_GAP : LIST_GAP;
        List<Integer> members = new ArrayList<>(List.of(first));
        Marker last = opening;
        int gap = 0;
        for (int j = first + 1; j < paras.size() && !last.last(); j++) {
            Para p = paras.get(j);
            if (p.role != Role.PLAIN) {
                break;
            }
            Marker m = p.start;
            if (m != null && m.follows(last)) {
                members.add(j);
                last = m;
                gap = 0;
                continue;
            }
            if (m != null && (m.key().equals(opening.key()) || m.isHeadingKind())) {
                break;
            }
            if (++gap > maxGap) {
                break;
            }
        }
        return members;
    }

    /**
     * Whether a run of points are headings rather than list items. 首先/第一/1、 points are headings when each has a
     * short heading and there is text under them; 一是/一要 points only when they stand alone as short lines with
     * paragraphs between them (as a Word document lays them out).
     */
    private static boolean headingRun(List<Para> paras, List<Integer> members, boolean intermediates) {
        Kind kind = paras.get(members.get(0)).start.kind();
        if (kind == Kind.ORDINAL || kind == Kind.ARABIC) {
            if (paras.get(members.get(0)).splitOff) {
                return false;
            }
            boolean body = intermediates;
            for (int j : members) {
                Para p = paras.get(j);
                String rest = p.text.substring(p.start.contentStart());
                int end = headingEnd(rest);
                int length = Chars.length(end < 0 ? rest : rest.substring(0, end));
                if (length == 0 || length > MAX_HEADING) {
                    return false;
                }
                body |= end >= 0 && !rest.substring(end + 1).isBlank();
            }
            return body;
        }
        if (!intermediates) {
            return false;
        }
        for (int j : members) {
            Para p = paras.get(j);
            if (!SpeechCleaner.titleLike(p.text) || Chars.length(p.text) > 30) {
                return false;
            }
        }
        return true;
    }

    /**
     * Three or more paragraphs in a row that open with a short sentence starting alike ("对待初访者。……", "对待
     * 集体上访者。……"): parallel points, listed without numbers.
     */
    private static void markParallel(List<Para> paras) {
        int groups = 1_000_000;
        int i = 0;
        while (i < paras.size()) {
            String prefix = parallelOpening(paras.get(i));
            if (prefix == null) {
                i++;
                continue;
            }
            int j = i + 1;
            String common = prefix;
            while (j < paras.size()) {
                String next = parallelOpening(paras.get(j));
                if (next == null) {
                    break;
                }
                String shared = commonPrefix(common, next);
                if (Chars.length(shared) < 2) {
                    break;
                }
                common = shared;
                j++;
            }
            if (j - i >= 3) {
                int group = groups++;
                for (int k = i; k < j; k++) {
                    paras.get(k).role = Role.ITEM;
                    paras.get(k).group = group;
                    paras.get(k).ordered = false;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** The opening sentence of a plain paragraph when it is short and followed by more text, else null. */
    private static String parallelOpening(Para p) {
        if (p.role != Role.PLAIN || p.start != null) {
            return null;
        }
        int end = Enumerations.leadEnd(p.text);
        if (end <= 0 || Chars.length(p.text.substring(0, end)) > 20 || p.text.charAt(end) == '：') {
            return null;
        }
        return p.text.substring(0, end);
    }

    static String commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return a.substring(0, n);
    }

    // ---- headings -----------------------------------------------------------------------------------------------

    /** Index of the 。！？ (or ：) that ends the heading part of a line, or -1 when the whole line is the heading. */
    private static int headingEnd(String rest) {
        boolean[] quoted = Markers.quoted(rest);
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quoted[i]) {
                continue;
            }
            if ("。！？!?".indexOf(c) >= 0) {
                return i;
            }
            if ((c == '：' || c == ':') && i + 1 < rest.length()) {
                return i;
            }
        }
        return -1;
    }

    private record HeadingText(String label, String body) {}

    private static HeadingText splitHeading(String rest, Kind kind) {
        if (kind == Kind.MD_HEADING) {
            return new HeadingText(headingLabel(rest, kind), "");
        }
        int end = headingEnd(rest);
        String head = end < 0 ? rest : rest.substring(0, end);
        String body = end < 0 ? "" : rest.substring(end + 1).strip();
        if (Chars.length(head) > MAX_HEADING) {
            // A long first sentence: its first clause is the heading, the whole sentence stays as text.
            int comma = -1;
            for (int i = 0; i < head.length(); i++) {
                if ("，；,;".indexOf(head.charAt(i)) >= 0) {
                    comma = i;
                    break;
                }
            }
            String clause = comma > 0 ? head.substring(0, comma) : head;
            if (Chars.length(clause) > MAX_HEADING) {
                clause = head.substring(0, head.offsetByCodePoints(0, 30)) + "……";
            }
            return new HeadingText(headingLabel(clause, kind), rest.strip());
        }
        return new HeadingText(headingLabel(head, kind), body);
    }

    /** A heading without its numbering, closing hashes and trailing punctuation. */
    private static String headingLabel(String raw, Kind kind) {
        String label = raw.strip();
        if (kind == Kind.MD_HEADING) {
            while (label.endsWith("#")) {
                label = label.substring(0, label.length() - 1).strip();
            }
            Marker inner = label.isEmpty() ? null : Markers.lineStart(label);
            if (inner != null
                    && inner.kind() != Kind.MD_HEADING
                    && inner.kind() != Kind.BULLET
                    && inner.kind() != Kind.ENUM
                    && inner.contentStart() < label.length()) {
                label = label.substring(inner.contentStart()).strip();
            }
        }
        while (!label.isEmpty() && "。：:；;，,、".indexOf(label.charAt(label.length() - 1)) >= 0) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return label;
    }

    private static String fallbackTitle(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                String text = paragraph.text();
                int end = 0;
                while (end < text.length() && "，。；：！？,;:!?".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                String clause = text.substring(0, end);
                return Chars.length(clause) <= 30
                        ? clause
                        : clause.substring(0, clause.offsetByCodePoints(0, 24)) + "……";
            }
        }
        return "讲话稿";
    }

    /** Closing words ("同志们，……", "以上……") at the very end of the last section become the closing. */
    private static List<Node> moveClosing(List<Node> nodes, List<Block> closing) {
        Node last = nodes.get(nodes.size() - 1);
        Node deepest = last;
        while (!deepest.children().isEmpty()) {
            deepest = deepest.children().get(deepest.children().size() - 1);
        }
        Node replaced = withoutClosing(deepest, closing);
        if (replaced == deepest) {
            return nodes;
        }
        List<Node> result = new ArrayList<>(nodes);
        result.set(result.size() - 1, replace(last, deepest, replaced));
        return result;
    }

    private static Node withoutClosing(Node node, List<Block> closing) {
        List<Block> blocks = new ArrayList<>(node.blocks());
        int cut = blocks.size();
        while (cut > 1 && blocks.get(cut - 1) instanceof Paragraph paragraph && isClosingWords(paragraph.text())) {
            cut--;
        }
        if (cut == blocks.size()) {
            return node;
        }
        closing.addAll(blocks.subList(cut, blocks.size()));
        return new Node(node.level(), node.heading(), node.children(), blocks.subList(0, cut));
    }

    private static boolean isClosingWords(String text) {
        return text.startsWith("同志们")
                || text.startsWith("以上")
                || text.startsWith("最后，祝")
                || (Chars.length(text) <= 200 && text.contains("谢谢"));
    }

    private static Node replace(Node root, Node target, Node replacement) {
        if (root == target) {
            return replacement;
        }
        List<Node> children = new ArrayList<>();
        for (Node child : root.children()) {
            children.add(replace(child, target, replacement));
        }
        return new Node(root.level(), root.heading(), children, root.blocks());
    }

    // ---- tree ---------------------------------------------------------------------------------------------------

    /** Mutable outline under construction. */
    private static final class Tree {
        private record Frame(String key, int markdownLevel, Section section) {}

        private static final class Section {
            final int level;
            final String heading;
            final List<Section> children = new ArrayList<>();
            final List<Object> blocks = new ArrayList<>();

            Section(int level, String heading) {
                this.level = level;
                this.heading = heading;
            }
        }

        private static final class OpenList {
            final boolean ordered;
            final int group;
            final List<ListItem> items = new ArrayList<>();
            final List<List<Block>> extra = new ArrayList<>();

            OpenList(boolean ordered, int group) {
                this.ordered = ordered;
                this.group = group;
            }
        }

        final List<Object> intro = new ArrayList<>();
        private final List<Section> roots = new ArrayList<>();
        private final List<Frame> stack = new ArrayList<>();
        private OpenList open;

        void build(List<Para> paras) {
            for (Para p : paras) {
                if (p.text.isEmpty()) {
                    continue;
                }
                List<Object> target =
                        stack.isEmpty() ? intro : stack.get(stack.size() - 1).section().blocks;
                switch (p.role) {
                    case HEADING -> {
                        open = null;
                        HeadingText heading = splitHeading(p.text.substring(p.start.contentStart()), p.start.kind());
                        Section section = place(p.start, heading.label().isEmpty() ? "（无标题）" : heading.label());
                        if (!heading.body().isEmpty()) {
                            section.blocks.addAll(Enumerations.blocks(heading.body()));
                        }
                    }
                    case ITEM -> {
                        if (open == null || open.group != p.group) {
                            open = new OpenList(p.ordered, p.group);
                            target.add(open);
                        }
                        String text = p.start == null ? p.text : p.text.substring(p.start.contentStart());
                        open.items.add(Enumerations.item(text));
                        open.extra.add(new ArrayList<>());
                    }
                    case CONTINUATION -> {
                        if (open != null && open.group == p.group) {
                            open.extra.get(open.extra.size() - 1).addAll(Enumerations.blocks(p.text));
                        } else {
                            target.addAll(Enumerations.blocks(p.text));
                        }
                    }
                    default -> {
                        open = null;
                        target.addAll(Enumerations.blocks(p.text));
                    }
                }
            }
        }

        private Section place(Marker marker, String label) {
            String key = marker.key();
            int markdownLevel = 0;
            if (marker.kind() == Kind.MD_HEADING) {
                key = "MD";
                markdownLevel = marker.number();
                int cut = -1;
                for (int i = 0; i < stack.size(); i++) {
                    Frame frame = stack.get(i);
                    if (frame.markdownLevel() > 0 && frame.markdownLevel() >= markdownLevel) {
                        cut = i;
                        break;
                    }
                }
                if (cut >= 0) {
                    truncate(cut);
                } else if (!stack.isEmpty() && parallelToTop(label)) {
                    // "#### 着力增强……" among "### 着力增强……" siblings: a level slip, not a sub-section.
                    markdownLevel = stack.get(stack.size() - 1).markdownLevel();
                    truncate(stack.size() - 1);
                }
            } else {
                for (int i = 0; i < stack.size(); i++) {
                    if (stack.get(i).key().equals(key)) {
                        truncate(i);
                        break;
                    }
                }
            }
            Section section = new Section(stack.size() + 1, label);
            if (stack.isEmpty()) {
                roots.add(section);
            } else {
                stack.get(stack.size() - 1).section().children.add(section);
            }
            stack.add(new Frame(key, markdownLevel, section));
            return section;
        }

        private boolean parallelToTop(String label) {
            Frame top = stack.get(stack.size() - 1);
            if (top.markdownLevel() == 0) {
                return false;
            }
            List<Section> siblings =
                    stack.size() >= 2 ? stack.get(stack.size() - 2).section().children : roots;
            int alike = 0;
            for (Section sibling : siblings) {
                if (Chars.length(commonPrefix(sibling.heading, label)) >= 3) {
                    alike++;
                }
            }
            return alike >= 2;
        }

        private void truncate(int size) {
            while (stack.size() > size) {
                stack.remove(stack.size() - 1);
            }
        }

        List<Node> nodes() {
            List<Node> nodes = new ArrayList<>();
            for (Section root : roots) {
                nodes.add(freeze(root));
            }
            return nodes;
        }

        private Node freeze(Section section) {
            List<Node> children = new ArrayList<>();
            for (Section child : section.children) {
                children.add(freeze(child));
            }
            return new Node(section.level, section.heading, children, freeze(section.blocks));
        }

        List<Block> freeze(List<Object> blocks) {
            List<Block> frozen = new ArrayList<>();
            for (Object block : blocks) {
                if (block instanceof OpenList list) {
                    List<ListItem> items = new ArrayList<>();
                    for (int i = 0; i < list.items.size(); i++) {
                        ListItem item = list.items.get(i);
                        List<Block> inner = new ArrayList<>(item.blocks());
                        inner.addAll(list.extra.get(i));
                        items.add(new ListItem(item.lead(), item.body(), inner));
                    }
                    frozen.add(new ListBlock(list.ordered, items));
                } else {
                    frozen.add((Block) block);
                }
            }
            return frozen;
        }
    }
}
