package academy.xinfang.progress.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the produced workbook back as a spreadsheet program would: the zip parts, then the sheet's cells. */
class XlsxExportTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static Map<String, byte[]> parts(ReportTable table, String sheetName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(table, sheetName, out);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Cell reference → "s:text" for inline strings, "n:value" for numbers, plus "@1" when styled bold. */
    private static Map<String, String> cells(byte[] sheet) throws Exception {
        Map<String, String> cells = new LinkedHashMap<>();
        NodeList list = parse(sheet).getElementsByTagNameNS(MAIN, "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            String value = "inlineStr".equals(c.getAttribute("t"))
                    ? "s:" + c.getElementsByTagNameNS(MAIN, "t").item(0).getTextContent()
                    : "n:" + c.getElementsByTagNameNS(MAIN, "v").item(0).getTextContent();
            cells.put(c.getAttribute("r"), value + (c.getAttribute("s").equals("1") ? "@1" : ""));
        }
        return cells;
    }

    @Test
    void workbookHasTheRequiredPartsAndEachIsWellFormedXml() throws Exception {
        Map<String, byte[]> parts = parts(new ReportTable(List.of("a"), List.of()), "报表");

        assertThat(parts.keySet())
                .containsExactlyInAnyOrder(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/styles.xml",
                        "xl/worksheets/sheet1.xml");
        for (byte[] xml : parts.values()) {
            parse(xml);
        }
        Element sheet = (Element) parse(parts.get("xl/workbook.xml"))
                .getElementsByTagNameNS(MAIN, "sheet")
                .item(0);
        assertThat(sheet.getAttribute("name")).isEqualTo("报表");
    }

    @Test
    void cellsHoldChineseTextNumbersAndEscapedMarkupInTheRightPlaces() throws Exception {
        ReportTable table = new ReportTable(
                List.of("部门", "姓名", "完成率", "得分"),
                List.of(List.of("城关镇", "王小明", 75, 0.5), Arrays.asList("A&B <县>", " 前后空格 ", null, -3)));

        Map<String, String> cells = cells(parts(table, "完成情况").get("xl/worksheets/sheet1.xml"));

        assertThat(cells)
                .containsExactly(
                        Map.entry("A1", "s:部门@1"),
                        Map.entry("B1", "s:姓名@1"),
                        Map.entry("C1", "s:完成率@1"),
                        Map.entry("D1", "s:得分@1"),
                        Map.entry("A2", "s:城关镇"),
                        Map.entry("B2", "s:王小明"),
                        Map.entry("C2", "n:75"),
                        Map.entry("D2", "n:0.5"),
                        Map.entry("A3", "s:A&B <县>"),
                        Map.entry("B3", "s: 前后空格 "),
                        Map.entry("D3", "n:-3"));
    }

    @Test
    void charactersXmlCannotHoldAreDroppedInsteadOfBreakingTheFile() throws Exception {
        ReportTable table = new ReportTable(List.of("a"), List.of(List.of("响\u0001应\uD800")));

        assertThat(cells(parts(table, "x").get("xl/worksheets/sheet1.xml"))).containsEntry("A2", "s:响应");
    }

    @Test
    void columnLettersContinuePastZ() {
        assertThat(List.of(
                        XlsxExport.column(0),
                        XlsxExport.column(25),
                        XlsxExport.column(26),
                        XlsxExport.column(701),
                        XlsxExport.column(702)))
                .containsExactly("A", "Z", "AA", "ZZ", "AAA");
    }

    @Test
    void sheetNamesAreMadeAcceptableToExcel() {
        assertThat(XlsxExport.sheetName("2026/11 完成情况[县]")).isEqualTo("2026_11 完成情况_县_");
        assertThat(XlsxExport.sheetName("  ")).isEqualTo("Sheet1");
        assertThat(XlsxExport.sheetName("一".repeat(40))).isEqualTo("一".repeat(31));
    }

    @Test
    void aWorkbookOfTwoTitledSheetsHasATitleRowAboveTheHeadingsOfEach() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(
                List.of(
                        new XlsxExport.Sheet(
                                "各部门", "入职培训 · 城关镇", new ReportTable(List.of("名称"), List.of(List.of("甲镇")))),
                        new XlsxExport.Sheet(
                                "学员", "入职培训 · 城关镇", new ReportTable(List.of("姓名"), List.of(List.of("张三"))))),
                out);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(parts).containsKeys("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        for (byte[] xml : parts.values()) {
            parse(xml);
        }
        NodeList sheets = parse(parts.get("xl/workbook.xml")).getElementsByTagNameNS(MAIN, "sheet");
        assertThat(sheets.getLength()).isEqualTo(2);
        assertThat(((Element) sheets.item(1)).getAttribute("name")).isEqualTo("学员");
        assertThat(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8))
                .contains("/xl/worksheets/sheet2.xml");
        assertThat(cells(parts.get("xl/worksheets/sheet2.xml")))
                .containsExactly(Map.entry("A1", "s:入职培训 · 城关镇@1"), Map.entry("A2", "s:姓名@1"), Map.entry("A3", "s:张三"));
        assertThat(new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8))
                .as("title and headings stay in view")
                .contains("ySplit=\"2\"");
    }

    @Test
    void twoSheetsWithTheSameNameGetDistinctTabs() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportTable table = new ReportTable(List.of("a"), List.of());
        XlsxExport.write(List.of(new XlsxExport.Sheet("表", null, table), new XlsxExport.Sheet("表", null, table)), out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/workbook.xml")) {
                    NodeList sheets = parse(zip.readAllBytes()).getElementsByTagNameNS(MAIN, "sheet");
                    assertThat(((Element) sheets.item(0)).getAttribute("name"))
                            .isNotEqualTo(((Element) sheets.item(1)).getAttribute("name"));
                }
            }
        }
    }
}
