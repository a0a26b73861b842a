package academy.xinfang.authoring.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line-by-line difference of two texts, as trainers compare module versions. The lines both versions start and end
 * with are matched first, so a long module with a few edits compares cheaply; the differing middles go to
 * java-diff-utils' Myers diff in linear space, whose memory grows with the number of lines, not with their product.
 * Its time grows with the lines times the differences, so the differing middles are bounded.
 */
public final class LineDiff {
    /** Differing lines, both sides together, compared at most: about a second for two wholly different halves. */
    public static final int MAX_DIFFERING_LINES = 20_000;

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /** One line of a diff; the versions page keeps the diff it shows in the HTTP session. */
    public record Line(Kind kind, int oldLine, int newLine, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

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

    /** @throws TooDifferentException when the differing middles hold more than {@link #MAX_DIFFERING_LINES} */
    public static List<Line> diff(String oldText, String newText) {
        List<String> a = lines(oldText);
        List<String> b = lines(newText);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head
                && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int m = a.size() - head - tail;
        int n = b.size() - head - tail;
        if (m + n > MAX_DIFFERING_LINES) {
            throw new TooDifferentException(m, n);
        }
        List<Line> out = new ArrayList<>(Math.max(a.size(), b.size()));
        for (int k = 0; k < head; k++) {
            out.add(new Line(Kind.SAME, k + 1, k + 1, a.get(k)));
        }
        List<AbstractDelta<String>> deltas = DiffUtils.diff(
                        a.subList(head, head + m),
                        b.subList(head, head + n),
                        new MeyersDiffWithLinearSpace<String>(),
                        null,
                        true)
                .getDeltas();
        // The linear-space variant may report an insertion before the deletion it replaces: removed lines go first.
        List<Line> added = new ArrayList<>();
        for (AbstractDelta<String> delta : deltas) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            int oldLine = head + source.getPosition() + 1;
            int newLine = head + target.getPosition() + 1;
            if (delta.getType() == DeltaType.EQUAL) {
                out.addAll(added);
                added.clear();
                for (int k = 0; k < source.size(); k++) {
                    out.add(new Line(
                            Kind.SAME,
                            oldLine + k,
                            newLine + k,
                            source.getLines().get(k)));
                }
            } else {
                for (int k = 0; k < source.size(); k++) {
                    out.add(new Line(
                            Kind.REMOVED, oldLine + k, 0, source.getLines().get(k)));
                }
                for (int k = 0; k < target.size(); k++) {
                    added.add(new Line(
                            Kind.ADDED, 0, newLine + k, target.getLines().get(k)));
                }
            }
        }
        out.addAll(added);
        for (int k = 0; k < tail; k++) {
            out.add(new Line(Kind.SAME, a.size() - tail + k + 1, b.size() - tail + k + 1, a.get(a.size() - tail + k)));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty()
                ? List.of()
                : Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
    }
}
