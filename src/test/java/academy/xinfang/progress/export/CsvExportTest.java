package academy.xinfang.progress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static byte[] csv(ReportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(table, out);
        return out.toByteArray();
    }

    @Test
    void startsWithAUtf8ByteOrderMarkAndKeepsChineseIntact() throws IOException {
        byte[] bytes = csv(new ReportTable(List.of("姓名", "完成率"), List.of(List.of("王小明", 75))));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("姓名,完成率\r\n王小明,75\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndLeavesEmptyCellsEmpty() throws IOException {
        byte[] bytes = csv(new ReportTable(
                List.of("a", "b", "c"),
                List.of(Arrays.asList("城关镇,信访办", "他说\"马上办\"", null), List.of("第一行\n第二行", "x", "y"))));

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b,c\r\n\"城关镇,信访办\",\"他说\"\"马上办\"\"\",\r\n\"第一行\n第二行\",x,y\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefusedButNumbersStayNumbers() throws IOException {
        byte[] bytes = csv(new ReportTable(
                List.of("text", "number"),
                List.of(
                        List.of("=HYPERLINK(\"http://x\")", -5),
                        List.of("+1", new BigDecimal("0.50")),
                        List.of("@SUM(A1)", 2.0),
                        List.of("-连续", 0.25))));

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFtext,number\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n'+1,0.50\r\n'@SUM(A1),2\r\n'-连续,0.25\r\n");
    }

    @Test
    void aRowOfTheWrongWidthOrAnUnsupportedCellIsRefused() {
        assertThatThrownBy(() -> new ReportTable(List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1");
        assertThatThrownBy(() -> new ReportTable(List.of("a"), List.of(List.of(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportTable(List.of("a"), List.of(List.of(Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
