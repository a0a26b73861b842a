package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import academy.xinfang.authoring.domain.WordDiff.Kind;
import academy.xinfang.authoring.domain.WordDiff.Row;
import academy.xinfang.authoring.domain.WordDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aOnePhraseChangeInAChineseLineMarksOnlyThatPhrase() {
        List<Row> rows = WordDiff.compare("群众来访要热情接待，认真登记。", "群众来访要耐心倾听，认真登记。", 2);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).segments())
                .containsExactly(
                        new Segment(Kind.SAME, "群众来访要"),
                        new Segment(Kind.DELETED, "热情接待"),
                        new Segment(Kind.INSERTED, "耐心倾听"),
                        new Segment(Kind.SAME, "，认真登记。"));
    }

    @Test
    void latinTextIsComparedWordByWordNotLetterByLetter() {
        List<Segment> segments = WordDiff.words("the module id is basics", "the module id is petition");

        assertThat(segments)
                .containsExactly(
                        new Segment(Kind.SAME, "the module id is "),
                        new Segment(Kind.DELETED, "basics"),
                        new Segment(Kind.INSERTED, "petition"));
    }

    @Test
    void aLoneSharedCharacterDoesNotSplitAChangeIntoPieces() {
        List<Segment> segments = WordDiff.words("要热情接待群众", "要耐心地接受群众");

        assertThat(segments.stream().filter(s -> s.kind() == Kind.SAME).map(Segment::text))
                .containsExactly("要", "群众");
    }

    @Test
    void anEightyThreeLineModuleWithOneChangeShowsTheChangeWithContextAndCollapsesTheRest() {
        StringBuilder old = new StringBuilder();
        for (int i = 1; i <= 83; i++) {
            old.append("第").append(i).append("段：信访干部要耐心听取群众诉求。\n");
        }
        String changed = old.toString().replace("第40段：信访干部要耐心", "第40段：信访干部要热情而耐心");

        List<Row> rows = WordDiff.compare(old.toString(), changed, WordDiff.CONTEXT);

        assertThat(rows).hasSize(1 + 2 + 1 + 2 + 1);
        assertThat(rows.get(0).isCollapsed()).isTrue();
        assertThat(rows.get(0).hidden()).isEqualTo(37);
        Row change = rows.get(3);
        assertThat(change.oldLine()).isEqualTo(40);
        assertThat(change.newLine()).isEqualTo(40);
        assertThat(change.segments()).contains(new Segment(Kind.INSERTED, "热情而"));
        assertThat(change.segments()).noneMatch(s -> s.kind() == Kind.DELETED);
        assertThat(rows.get(6).hidden()).isEqualTo(42);
    }

    @Test
    void addedAndRemovedLinesBeyondThePairedOnesAreShownWhole() {
        List<Row> rows = WordDiff.compare("甲\n乙\n丙", "甲\n乙改\n新行\n丙", 5);

        assertThat(rows).extracting(Row::newLine).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).segments())
                .containsExactly(new Segment(Kind.SAME, "乙"), new Segment(Kind.INSERTED, "改"));
        assertThat(rows.get(2).segments()).containsExactly(new Segment(Kind.INSERTED, "新行"));
    }

    @Test
    void identicalVersionsCollapseToOneRow() {
        List<Row> rows = WordDiff.compare("甲\n乙\n丙", "甲\n乙\n丙", 2);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.hidden()).isEqualTo(3));
    }
}
