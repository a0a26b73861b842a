package academy.xinfang.authoring.domain;

import java.util.ArrayList;
import java.util.List;

/** Line-by-line difference of two texts (longest common subsequence), as trainers compare module versions. */
public final class LineDiff {
    public static final int MAX_LINES = 5000;

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Line(Kind kind, int oldLine, int newLine, String text) {}

    private LineDiff() {}

    public static List<Line> diff(String oldText, String newText) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        if (a.length > MAX_LINES || b.length > MAX_LINES) {
            throw new IllegalArgumentException("texts longer than " + MAX_LINES + " lines");
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, i + 1, j + 1, a[i]));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, i + 1, 0, a[i++]));
            } else {
                out.add(new Line(Kind.ADDED, 0, j + 1, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Kind.REMOVED, i + 1, 0, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Kind.ADDED, 0, j + 1, b[j++]));
        }
        return out;
    }

    private static String[] lines(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
    }
}
