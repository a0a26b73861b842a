package academy.xinfang.authoring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Line-by-line difference of two texts (longest common subsequence), as trainers compare module versions. The lines
 * both versions start and end with are matched first, so a long module with a few edits compares cheaply; the table
 * for the rest is bounded, since it costs four bytes for every pair of differing lines.
 */
public final class LineDiff {
    /** Pairs of differing lines compared at most: a 16 MB table, about 2,000 changed lines on each side. */
    public static final long MAX_CELLS = 4_000_000;

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Line(Kind kind, int oldLine, int newLine, String text) {}

    /** Versions that differ in too many lines to compare: the numbers of differing lines on each side. */
    public static final class TooDifferentException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int oldLines;
        private final int newLines;

        TooDifferentException(int oldLines, int newLines) {
            super(oldLines + " x " + newLines + " differing lines", null, false, false);
            this.oldLines = oldLines;
            this.newLines = newLines;
        }

        public int oldLines() {
            return oldLines;
        }

        public int newLines() {
            return newLines;
        }
    }

    private LineDiff() {}

    /** @throws TooDifferentException when the differing middles would need more than {@link #MAX_CELLS} */
    public static List<Line> diff(String oldText, String newText) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        int head = 0;
        while (head < a.length && head < b.length && a[head].equals(b[head])) {
            head++;
        }
        int tail = 0;
        while (tail < a.length - head && tail < b.length - head
                && a[a.length - 1 - tail].equals(b[b.length - 1 - tail])) {
            tail++;
        }
        int m = a.length - head - tail;
        int n = b.length - head - tail;
        if ((long) (m + 1) * (n + 1) > MAX_CELLS) {
            throw new TooDifferentException(m, n);
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            out.add(new Line(Kind.SAME, k + 1, k + 1, a[k]));
        }
        int[][] lcs = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                lcs[i][j] = a[head + i].equals(b[head + j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            if (a[head + i].equals(b[head + j])) {
                out.add(new Line(Kind.SAME, head + i + 1, head + j + 1, a[head + i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, head + i + 1, 0, a[head + i]));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, 0, head + j + 1, b[head + j]));
                j++;
            }
        }
        for (; i < m; i++) {
            out.add(new Line(Kind.REMOVED, head + i + 1, 0, a[head + i]));
        }
        for (; j < n; j++) {
            out.add(new Line(Kind.ADDED, 0, head + j + 1, b[head + j]));
        }
        for (int k = 0; k < tail; k++) {
            out.add(new Line(Kind.SAME, a.length - tail + k + 1, b.length - tail + k + 1, a[a.length - tail + k]));
        }
        return out;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
    }
}
