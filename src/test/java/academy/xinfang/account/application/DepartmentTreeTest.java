package academy.xinfang.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import academy.xinfang.account.application.DepartmentTree.Entry;
import academy.xinfang.account.domain.DepartmentKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentTreeTest {
    private static final DepartmentNode COUNTY = new DepartmentNode(1, "C01", "示范县", DepartmentKind.COUNTY, null);
    private static final DepartmentNode TOWNSHIP_B = new DepartmentNode(2, "T02", "B镇", DepartmentKind.TOWNSHIP, 1L);
    private static final DepartmentNode TOWNSHIP_A = new DepartmentNode(3, "T01", "A镇", DepartmentKind.TOWNSHIP, 1L);
    private static final DepartmentNode OFFICE_UNDER_B =
            new DepartmentNode(4, "D01", "B镇信访办", DepartmentKind.DEPARTMENT, 2L);

    @Test
    void flattenGivesDepthFirstOrderSortedByNameWithDepths() {
        List<Entry> entries = DepartmentTree.flatten(List.of(OFFICE_UNDER_B, TOWNSHIP_B, COUNTY, TOWNSHIP_A));

        assertThat(entries)
                .extracting(e -> e.node().code(), Entry::depth)
                .containsExactly(tuple("C01", 0), tuple("T01", 1), tuple("T02", 1), tuple("D01", 2));
    }

    @Test
    void childrenAreListedDirectlyBelowTheirParentBeforeTheNextSibling() {
        DepartmentNode officeUnderA = new DepartmentNode(5, "D02", "A镇综治办", DepartmentKind.DEPARTMENT, 3L);
        List<Entry> entries =
                DepartmentTree.flatten(List.of(COUNTY, TOWNSHIP_B, OFFICE_UNDER_B, TOWNSHIP_A, officeUnderA));

        assertThat(entries).extracting(e -> e.node().code()).containsExactly("C01", "T01", "D02", "T02", "D01");
    }

    @Test
    void severalCountiesAreSortedByName() {
        DepartmentNode otherCounty = new DepartmentNode(10, "C00", "Alpha County", DepartmentKind.COUNTY, null);
        DepartmentNode otherTownship = new DepartmentNode(11, "T10", "Alpha Town", DepartmentKind.TOWNSHIP, 10L);

        List<Entry> entries = DepartmentTree.flatten(List.of(COUNTY, TOWNSHIP_A, otherTownship, otherCounty));

        assertThat(entries)
                .extracting(e -> e.node().code(), Entry::depth)
                .containsExactly(tuple("C00", 0), tuple("T10", 1), tuple("C01", 0), tuple("T01", 1));
    }

    @Test
    void flattenOfEmptyListIsEmpty() {
        assertThat(DepartmentTree.flatten(List.of())).isEmpty();
    }

    @Test
    void flattenDoesNotModifyItsInput() {
        List<DepartmentNode> input = new ArrayList<>(List.of(OFFICE_UNDER_B, TOWNSHIP_B, COUNTY, TOWNSHIP_A));

        DepartmentTree.flatten(input);

        assertThat(input).containsExactly(OFFICE_UNDER_B, TOWNSHIP_B, COUNTY, TOWNSHIP_A);
    }

    @Test
    void indentedNameUsesOneIdeographicSpacePerLevel() {
        List<Entry> entries = DepartmentTree.flatten(List.of(COUNTY, TOWNSHIP_B, OFFICE_UNDER_B));

        assertThat(entries).extracting(Entry::getIndentedName).containsExactly("示范县", "\u3000B镇", "\u3000\u3000B镇信访办");
    }

    @Test
    void entryOfDepthThreeHasThreeIdeographicSpaces() {
        assertThat(new Entry(COUNTY, 3).getIndentedName()).isEqualTo("\u3000\u3000\u3000示范县");
    }
}
