package academy.xinfang.authoring.domain;

import academy.xinfang.authoring.domain.Markers.Kind;
import academy.xinfang.authoring.domain.Markers.Marker;
import academy.xinfang.authoring.domain.Outline.Block;
import academy.xinfang.authoring.domain.Outline.ListBlock;
import academy.xinfang.authoring.domain.Outline.ListItem;
import academy.xinfang.authoring.domain.Outline.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the points a speaker enumerates inside one paragraph into a list: "一要……二要……", "一是……二是……",
 * "一忌……二忌……", "首先，……其次，……", "一方面……另一方面……", "1、……2、……", "(1)……(2)……", and runs of definitions
 * ("讲政治，就是……。懂法律，就是……"). The text before the first point stays a paragraph; when the points are
 * single clauses ("一忌接待冷淡；二忌态度生硬；……六忌随意答复。"), the last point ends with its sentence and what
 * follows is a paragraph again.
 */
final class Enumerations {

    private static final int MAX_DEPTH = 3;
    /** A point's key phrase (before its first 。) is shown in bold when it is at most this long. */
    private static final int MAX_LEAD = 30;

    private static final String TERMINATORS = "。！？!?";
    private static final Pattern DEFINITION = Pattern.compile("^(?:所谓)?([^，。；：！？“”\\s,;:]{1,12})[，,](?=就是|即|是指)");

    private record Span(int contentStart, int end, String lead) {}

    private record Sequence(int start, int end, boolean ordered, List<Span> items) {}

    private Enumerations() {}

    /** The paragraph as blocks: a lead-in paragraph, the lists found in it, and the paragraphs between them. */
    static List<Block> blocks(String text) {
        return blocks(text, 0);
    }

    private static List<Block> blocks(String raw, int depth) {
        List<Block> out = new ArrayList<>();
        String text = raw.strip();
        if (text.isEmpty()) {
            return out;
        }
        if (depth >= MAX_DEPTH) {
            out.add(new Paragraph(text));
            return out;
        }
        // Markers, quotes and sentences are found once; each list found moves the offset on (linear, not quadratic).
        Scan scan = new Scan(text);
        int offset = 0;
        while (offset < text.length()) {
            Sequence sequence = earliest(scan.numbered(offset), scan.definitions(offset));
            if (sequence == null) {
                String rest = text.substring(offset).strip();
                if (!rest.isEmpty()) {
                    out.add(new Paragraph(rest));
                }
                break;
            }
            String lead = text.substring(offset, sequence.start()).strip();
            if (!lead.isEmpty()) {
                out.add(new Paragraph(lead));
            }
            List<ListItem> items = new ArrayList<>();
            for (Span span : sequence.items()) {
                String itemText = text.substring(span.contentStart(), span.end());
                items.add(span.lead() == null ? item(itemText, depth + 1) : definitionItem(itemText, span.lead()));
            }
            out.add(new ListBlock(sequence.ordered(), items));
            offset = sequence.end();
        }
        return out;
    }

    private static Sequence earliest(Sequence a, Sequence b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.start() <= b.start() ? a : b;
    }

    /** One point of a list, from its text without the numbering. */
    static ListItem item(String text) {
        return item(text, 1);
    }

    private static ListItem item(String raw, int depth) {
        String text = trimDelimiters(raw);
        List<Block> inner = blocks(text, depth);
        if (inner.isEmpty()) {
            return new ListItem("", "", List.of());
        }
        if (!(inner.get(0) instanceof Paragraph first)) {
            return new ListItem("", "", inner);
        }
        String firstText = first.text();
        if (inner.size() == 1) {
            firstText = dropFinalStop(firstText);
        }
        int split = leadEnd(firstText);
        String lead = split > 0 ? firstText.substring(0, split) : "";
        String body = split > 0 ? firstText.substring(split) : firstText;
        return new ListItem(lead, body, inner.subList(1, inner.size()));
    }

    private static ListItem definitionItem(String raw, String lead) {
        String text = trimDelimiters(raw);
        int at = text.indexOf(lead);
        String body = at >= 0 ? text.substring(at + lead.length()) : text;
        return new ListItem(lead, body, List.of());
    }

    /** Where the key phrase of a point ends: its first 。！？： when that is near the start and more text follows. */
    static int leadEnd(String text) {
        boolean[] quoted = Markers.quoted(text);
        int limit = Math.min(text.length() - 1, MAX_LEAD + 1);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if (!quoted[i] && (TERMINATORS.indexOf(c) >= 0 || c == '：')) {
                return Chars.length(text.substring(0, i)) <= MAX_LEAD ? i : -1;
            }
        }
        return -1;
    }

    private static String trimDelimiters(String raw) {
        String text = raw.strip();
        while (!text.isEmpty() && "；;，,、".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** "随意答复。" → "随意答复": a one-sentence point needs no full stop. */
    private static String dropFinalStop(String text) {
        if (Chars.length(text) > 40 || !text.endsWith("。")) {
            return text;
        }
        String inner = text.substring(0, text.length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            if (TERMINATORS.indexOf(inner.charAt(i)) >= 0) {
                return text;
            }
        }
        return inner;
    }

    // ---- finding sequences ------------------------------------------------------------------------------------

    /** One paragraph's markers, quotation marks and sentences, indexed for repeated searches from an offset. */
    private static final class Scan {
        private final String text;
        private final boolean[] quoted;
        /** Markers by "key#number" (and "ORDINAL#last"), each list in text order. */
        private final Map<String, List<Marker>> byNumber = new HashMap<>();

        private final List<Marker> firsts = new ArrayList<>();
        private final List<int[]> sentences;
        private final List<String> terms = new ArrayList<>();
        /** For each sentence index, the index of the first definition sentence at or after it, or -1. */
        private final int[] nextTerm;

        private int firstCursor;
        private int sentenceCursor;
        /** Offsets only grow, so a sequence found earlier stays the answer until the offset passes its start. */
        private Sequence cachedNumbered;

        private boolean numberedExhausted;
        private Sequence cachedDefinitions;
        private boolean definitionsExhausted;

        Scan(String text) {
            this.text = text;
            this.quoted = Markers.quoted(text);
            for (Marker marker : Markers.inline(text)) {
                if (marker.kind() == Kind.PART) {
                    continue;
                }
                if (marker.number() > 0) {
                    byNumber.computeIfAbsent(slot(marker.key(), marker.number()), k -> new ArrayList<>())
                            .add(marker);
                }
                if (marker.last()) {
                    byNumber.computeIfAbsent(slot(marker.key(), -1), k -> new ArrayList<>())
                            .add(marker);
                }
                if (marker.number() == 1) {
                    firsts.add(marker);
                }
            }
            this.sentences = sentences(text, quoted);
            for (int[] sentence : sentences) {
                Matcher m = DEFINITION.matcher(text).region(sentence[0], sentence[1]);
                terms.add(m.lookingAt() ? m.group(1) : null);
            }
            nextTerm = new int[sentences.size() + 1];
            nextTerm[sentences.size()] = -1;
            for (int i = sentences.size() - 1; i >= 0; i--) {
                nextTerm[i] = terms.get(i) != null ? i : nextTerm[i + 1];
            }
        }

        private static String slot(String key, int number) {
            return key + "#" + number;
        }

        /** The first marker in {@code slot} starting after {@code position}, or null. */
        private Marker after(String slot, int position) {
            List<Marker> markers = byNumber.get(slot);
            if (markers == null) {
                return null;
            }
            int low = 0;
            int high = markers.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (markers.get(mid).start() <= position) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low < markers.size() ? markers.get(low) : null;
        }

        /** The first numbered sequence (一…二…) starting at or after {@code offset}. */
        Sequence numbered(int offset) {
            if (numberedExhausted || (cachedNumbered != null && cachedNumbered.start() >= offset)) {
                return cachedNumbered;
            }
            cachedNumbered = findNumbered(offset);
            numberedExhausted = cachedNumbered == null;
            return cachedNumbered;
        }

        private Sequence findNumbered(int offset) {
            while (firstCursor < firsts.size() && firsts.get(firstCursor).start() < offset) {
                firstCursor++;
            }
            for (int a = firstCursor; a < firsts.size(); a++) {
                Marker first = firsts.get(a);
                List<Marker> chain = new ArrayList<>(List.of(first));
                Marker previous = first;
                while (!previous.last()) {
                    Marker next = after(slot(first.key(), previous.number() + 1), previous.start());
                    Marker last = first.kind() == Kind.ORDINAL ? after(slot(first.key(), -1), previous.start()) : null;
                    if (last != null && (next == null || last.start() < next.start())) {
                        next = last;
                    }
                    if (next == null) {
                        break;
                    }
                    Marker restart = after(slot(first.key(), 1), previous.start());
                    if (restart != null && restart.start() < next.start()) {
                        break; // a new 一 before the next point: a sequence of its own
                    }
                    chain.add(next);
                    previous = next;
                }
                if (chain.size() >= 2) {
                    return sequence(chain);
                }
            }
            return null;
        }

        private Sequence sequence(List<Marker> chain) {
            List<Span> items = new ArrayList<>();
            boolean clauses = true;
            for (int i = 0; i < chain.size() - 1; i++) {
                int from = chain.get(i).contentStart();
                int to = chain.get(i + 1).start();
                items.add(new Span(from, to, null));
                int itemEnd = from + trimDelimiters(text.substring(from, to)).length();
                for (int k = from; clauses && k < itemEnd - 1; k++) {
                    if (!quoted[k] && TERMINATORS.indexOf(text.charAt(k)) >= 0) {
                        clauses = false;
                    }
                }
            }
            Marker last = chain.get(chain.size() - 1);
            int end = text.length();
            if (clauses) {
                // Points that are single clauses: the last one ends with its own sentence.
                for (int k = last.contentStart(); k < text.length(); k++) {
                    if (!quoted[k] && TERMINATORS.indexOf(text.charAt(k)) >= 0) {
                        end = k + 1;
                        break;
                    }
                }
            }
            items.add(new Span(last.contentStart(), end, null));
            return new Sequence(chain.get(0).start(), end, true, items);
        }

        /** At least two sentences of the form "X，就是……" close together, from {@code offset} on: a list of terms. */
        Sequence definitions(int offset) {
            if (definitionsExhausted || (cachedDefinitions != null && cachedDefinitions.start() >= offset)) {
                return cachedDefinitions;
            }
            cachedDefinitions = findDefinitions(offset);
            definitionsExhausted = cachedDefinitions == null;
            return cachedDefinitions;
        }

        private Sequence findDefinitions(int offset) {
            while (sentenceCursor < sentences.size() && sentences.get(sentenceCursor)[0] < offset) {
                sentenceCursor++;
            }
            int run = -1;
            for (int s = nextTerm[sentenceCursor]; s >= 0; s = nextTerm[s + 1]) {
                int next = nextTerm[s + 1];
                if (next > 0 && next - s <= 3) {
                    run = s;
                    break;
                }
            }
            if (run < 0) {
                return null;
            }
            List<Span> items = new ArrayList<>();
            int s = run;
            while (s >= 0) {
                int next = nextTerm[s + 1];
                boolean continues = next > 0 && next - s <= 3;
                int itemEnd = continues ? sentences.get(next)[0] : sentences.get(s)[1];
                items.add(new Span(sentences.get(s)[0], itemEnd, terms.get(s)));
                s = continues ? next : -1;
            }
            Span last = items.get(items.size() - 1);
            return new Sequence(items.get(0).contentStart(), last.end(), false, items);
        }

        /** [start, end) of each sentence, the end after its 。！？. */
        private static List<int[]> sentences(String text, boolean[] quoted) {
            List<int[]> found = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!quoted[i] && TERMINATORS.indexOf(text.charAt(i)) >= 0) {
                    found.add(new int[] {start, i + 1});
                    start = i + 1;
                }
            }
            if (start < text.length() && !text.substring(start).isBlank()) {
                found.add(new int[] {start, text.length()});
            }
            return found;
        }
    }
}
