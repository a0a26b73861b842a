package academy.xinfang.authoring.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact difference of two module versions for reading, not for patching: lines are matched by {@link LineDiff},
 * then a changed line is compared with the line it replaces word by word, so that a one-phrase change marks only that
 * phrase. Chinese has no spaces between words, so each Chinese character is a word; Latin letters and digits form
 * words as usual. Unchanged lines further than {@code context} lines from a change are collapsed into one row that
 * says how many lines it hides, so an 83-line module with one edit is a short page.
 */
public final class WordDiff {
    /** Unchanged lines shown before and after each change. */
    public static final int CONTEXT = 2;

    /** A changed line longer than this is shown whole (deleted, then inserted) instead of compared word by word. */
    static final int MAX_WORDS = 5_000;

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }

    /** A run of text that is unchanged, inserted or deleted. */
    public record Segment(Kind kind, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One row of the compact diff: a line (numbers in the old and new version, 0 where it has none) made of segments,
     * or, when {@code hidden} is above 0, that many unchanged lines collapsed.
     */
    public record Row(int oldLine, int newLine, List<Segment> segments, int hidden) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Row {
            segments = List.copyOf(segments);
        }

        public boolean isCollapsed() {
            return hidden > 0;
        }

        public boolean isChanged() {
            return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
        }
    }

    private WordDiff() {}

    /**
     * @throws LineDiff.TooDifferentException when the versions differ in too many lines to compare
     */
    public static List<Row> compare(String oldText, String newText, int context) {
        List<Row> rows = new ArrayList<>();
        List<LineDiff.Line> removed = new ArrayList<>();
        List<LineDiff.Line> added = new ArrayList<>();
        for (LineDiff.Line line : LineDiff.diff(oldText, newText)) {
            switch (line.kind()) {
                case REMOVED -> removed.add(line);
                case ADDED -> added.add(line);
                case SAME -> {
                    flush(removed, added, rows);
                    rows.add(new Row(line.oldLine(), line.newLine(), List.of(new Segment(Kind.SAME, line.text())), 0));
                }
            }
        }
        flush(removed, added, rows);
        return collapse(rows, context);
    }

    /** The removed and added lines of one change: paired in order and compared word by word, the rest whole. */
    private static void flush(List<LineDiff.Line> removed, List<LineDiff.Line> added, List<Row> rows) {
        int paired = Math.min(removed.size(), added.size());
        for (int i = 0; i < paired; i++) {
            LineDiff.Line before = removed.get(i);
            LineDiff.Line after = added.get(i);
            rows.add(new Row(before.oldLine(), after.newLine(), words(before.text(), after.text()), 0));
        }
        for (int i = paired; i < removed.size(); i++) {
            LineDiff.Line line = removed.get(i);
            rows.add(new Row(line.oldLine(), 0, List.of(new Segment(Kind.DELETED, line.text())), 0));
        }
        for (int i = paired; i < added.size(); i++) {
            LineDiff.Line line = added.get(i);
            rows.add(new Row(0, line.newLine(), List.of(new Segment(Kind.INSERTED, line.text())), 0));
        }
        removed.clear();
        added.clear();
    }

    /** The word-level difference of two lines, adjacent segments of one kind merged. */
    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> out = new ArrayList<>();
        if (a.size() + b.size() > MAX_WORDS) {
            add(out, Kind.DELETED, before);
            add(out, Kind.INSERTED, after);
            return out;
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<String>(), null, true)
                .getDeltas();
        for (AbstractDelta<String> delta : deltas) {
            if (delta.getType() == DeltaType.EQUAL) {
                add(out, Kind.SAME, String.join("", delta.getSource().getLines()));
            } else {
                add(out, Kind.DELETED, String.join("", delta.getSource().getLines()));
                add(out, Kind.INSERTED, String.join("", delta.getTarget().getLines()));
            }
        }
        return absorbStrayMatches(out);
    }

    /**
     * One character that happens to be shared between two changed phrases ("热情接待" → "耐心接待群众" shares "接")
     * splits a change into confetti; such a lone unchanged character joins the change around it.
     */
    private static List<Segment> absorbStrayMatches(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean stray = s.kind() == Kind.SAME
                    && s.text().codePointCount(0, s.text().length()) == 1
                    && i > 0
                    && i < segments.size() - 1
                    && segments.get(i - 1).kind() != Kind.SAME
                    && segments.get(i + 1).kind() != Kind.SAME;
            if (stray) {
                add(out, Kind.DELETED, s.text());
                add(out, Kind.INSERTED, s.text());
            } else {
                add(out, s.kind(), s.text());
            }
        }
        // Absorbing may leave deletions and insertions interleaved: all deletions of a change first, then insertions.
        List<Segment> ordered = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (Segment s : out) {
            switch (s.kind()) {
                case DELETED -> deleted.append(s.text());
                case INSERTED -> inserted.append(s.text());
                case SAME -> {
                    add(ordered, Kind.DELETED, deleted.toString());
                    add(ordered, Kind.INSERTED, inserted.toString());
                    deleted.setLength(0);
                    inserted.setLength(0);
                    add(ordered, Kind.SAME, s.text());
                }
            }
        }
        add(ordered, Kind.DELETED, deleted.toString());
        add(ordered, Kind.INSERTED, inserted.toString());
        return ordered;
    }

    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    /** Words of a line: each Chinese character, each run of Latin letters or digits, each run of spaces, each mark. */
    static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            int end = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c) && !Chars.isCjk(c)) {
                while (end < line.length()) {
                    int next = line.codePointAt(end);
                    if (!Character.isLetterOrDigit(next) || Chars.isCjk(next)) {
                        break;
                    }
                    end += Character.charCount(next);
                }
            } else if (Character.isWhitespace(c)) {
                while (end < line.length() && Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
            }
            out.add(line.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Unchanged rows further than {@code context} from a changed row become one collapsed row each run. */
    private static List<Row> collapse(List<Row> rows, int context) {
        boolean[] keep = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isChanged()) {
                for (int k = Math.max(0, i - context); k <= Math.min(rows.size() - 1, i + context); k++) {
                    keep[k] = true;
                }
            }
        }
        List<Row> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (keep[i]) {
                out.add(rows.get(i));
                i++;
                continue;
            }
            int start = i;
            while (i < rows.size() && !keep[i]) {
                i++;
            }
            Row first = rows.get(start);
            out.add(new Row(first.oldLine(), first.newLine(), List.of(), i - start));
        }
        return out;
    }
}
