package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsAddedAndRemovedLinesWithTheirNumbersAndKeepsCommonOnes() {
        List<LineDiff.Line> diff = LineDiff.diff("甲\n乙\n丙", "甲\n丙\n丁");
        assertThat(diff).containsExactly(
                new LineDiff.Line(LineDiff.Kind.SAME, 1, 1, "甲"),
                new LineDiff.Line(LineDiff.Kind.REMOVED, 2, 0, "乙"),
                new LineDiff.Line(LineDiff.Kind.SAME, 3, 2, "丙"),
                new LineDiff.Line(LineDiff.Kind.ADDED, 0, 3, "丁"));
    }

    @Test
    void identicalTextsHaveNoChangesAndWindowsLineEndingsDoNotCount() {
        assertThat(LineDiff.diff("a\r\nb", "a\nb")).allMatch(l -> l.kind() == LineDiff.Kind.SAME).hasSize(2);
    }

    @Test
    void longVersionsWithOneChangeCompareWithoutATableOfEveryPairOfLines() {
        StringBuilder old = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            old.append("第").append(i).append("段。\n");
        }
        String changed = old.toString().replace("第10000段。", "第10000段，改过。");
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        List<LineDiff.Line> diff = LineDiff.diff(old.toString(), changed);

        assertThat(threads.getCurrentThreadAllocatedBytes() - before).isLessThan(32L * 1024 * 1024);
        assertThat(diff).filteredOn(l -> l.kind() != LineDiff.Kind.SAME).containsExactly(
                new LineDiff.Line(LineDiff.Kind.REMOVED, 10_001, 0, "第10000段。"),
                new LineDiff.Line(LineDiff.Kind.ADDED, 0, 10_001, "第10000段，改过。"));
    }

    @Test
    void versionsTooDifferentToCompareAreRefusedBeforeTheTableIsBuilt() {
        String a = "甲\n".repeat(1) + "行a\n".repeat(2_500);
        String b = "乙\n".repeat(1) + "行b\n".repeat(2_500);

        assertThatThrownBy(() -> LineDiff.diff(a, b)).isInstanceOf(LineDiff.TooDifferentException.class);
    }

    @Test
    void emptyOldTextMeansEverythingAdded() {
        assertThat(LineDiff.diff("", "x\ny")).extracting(LineDiff.Line::kind)
                .containsExactly(LineDiff.Kind.ADDED, LineDiff.Kind.ADDED);
    }
}
