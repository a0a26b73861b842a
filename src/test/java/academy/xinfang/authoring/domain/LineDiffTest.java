package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
    void emptyOldTextMeansEverythingAdded() {
        assertThat(LineDiff.diff("", "x\ny")).extracting(LineDiff.Line::kind)
                .containsExactly(LineDiff.Kind.ADDED, LineDiff.Kind.ADDED);
    }
}
