package academy.xinfang.authoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentFileNameTest {

    @Test
    void theNumberIsTheOrderDividedByTenAsTheContentFolderNamesItsFiles() {
        assertThat(ContentFileName.of("---\nid: six-taboos\norder: 90\n---\n## 正文 {#a}\n", "six-taboos"))
                .isEqualTo("09-six-taboos.md");
    }

    @Test
    void aFreshDraftsOrderOf999GivesTheLastNumber() {
        assertThat(ContentFileName.of("---\norder: 999\n---\n", "new-module")).isEqualTo("99-new-module.md");
    }

    @Test
    void anOrderLineInTheBodyOrNoOrderAtAllGivesZeroZero() {
        assertThat(ContentFileName.of("---\nid: m\n---\norder: 50\n", "m")).isEqualTo("00-m.md");
        assertThat(ContentFileName.of("", "m")).isEqualTo("00-m.md");
    }
}
