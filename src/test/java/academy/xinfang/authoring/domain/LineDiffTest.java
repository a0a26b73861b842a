package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsAddedAndRemovedLinesWithTheirNumbersAndKeepsCommonOnes() {
        List<LineDiff.Line> diff = LineDiff.diff("甲\n乙\n丙", "甲\n丙\n丁");
        assertThat(diff)
                .containsExactly(
                        new LineDiff.Line(LineDiff.Kind.SAME, 1, 1, "甲"),
                        new LineDiff.Line(LineDiff.Kind.REMOVED, 2, 0, "乙"),
                        new LineDiff.Line(LineDiff.Kind.SAME, 3, 2, "丙"),
                        new LineDiff.Line(LineDiff.Kind.ADDED, 0, 3, "丁"));
    }

    @Test
    void identicalTextsHaveNoChangesAndWindowsLineEndingsDoNotCount() {
        assertThat(LineDiff.diff("a\r\nb", "a\nb"))
                .allMatch(l -> l.kind() == LineDiff.Kind.SAME)
                .hasSize(2);
    }

    @Test
    void longVersionsWithOneChangeCompareWithoutATableOfEveryPairOfLines() {
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            old.append("第").append(i).append("段。\n");
        }
        String changed = old.toString().replace("第10000段。", "第10000段，改过。");
        long before = allocatedBytes();

        List<LineDiff.Line> diff = LineDiff.diff(old.toString(), changed);

        assertThat(allocatedBytes() - before).isLessThan(32L * 1024 * 1024);
        assertThat(diff)
                .filteredOn(l -> l.kind() != LineDiff.Kind.SAME)
                .containsExactly(
                        new LineDiff.Line(LineDiff.Kind.REMOVED, 10_001, 0, "第10000段。"),
                        new LineDiff.Line(LineDiff.Kind.ADDED, 0, 10_001, "第10000段，改过。"));
    }

    @Test
    void fiveThousandLinesThatAllDifferCompareInLittleMemory() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            a.append("旧").append(i).append('\n');
            b.append("新").append(i).append('\n');
        }
        long started = System.nanoTime();
        long before = allocatedBytes();

        List<LineDiff.Line> diff = LineDiff.diff(a.toString(), b.toString());

        long allocated = allocatedBytes() - before;
        System.out.printf(
                "LineDiff 5,000 x 5,000 differing lines: %d KB allocated, %d ms%n",
                allocated / 1024, (System.nanoTime() - started) / 1_000_000);
        // A table of every pair of lines alone would take 100 MB.
        assertThat(allocated).isLessThan(32L * 1024 * 1024);
        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.REMOVED).hasSize(5_000);
        assertThat(diff).filteredOn(l -> l.kind() == LineDiff.Kind.ADDED).hasSize(5_000);
        assertThat(diff).last().isEqualTo(new LineDiff.Line(LineDiff.Kind.SAME, 5_001, 5_001, ""));
    }

    @Test
    void versionsTooDifferentToCompareAreRefusedBeforeTheyAreCompared() {
        String a = "甲\n" + "行a\n".repeat(10_000);
        String b = "乙\n" + "行b\n".repeat(10_000);

        assertThatThrownBy(() -> LineDiff.diff(a, b)).isInstanceOf(LineDiff.TooDifferentException.class);
    }

    @Test
    void emptyOldTextMeansEverythingAdded() {
        assertThat(LineDiff.diff("", "x\ny"))
                .extracting(LineDiff.Line::kind)
                .containsExactly(LineDiff.Kind.ADDED, LineDiff.Kind.ADDED);
    }

    private static long allocatedBytes() {
        return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
