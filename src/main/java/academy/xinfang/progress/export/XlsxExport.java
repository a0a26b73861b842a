package academy.xinfang.progress.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a report as an XLSX workbook of one or more sheets, each with an optional title row: the Office Open XML parts written directly into a zip, which is all
 * a report needs and spares the WAR Apache POI's many megabytes. Text goes into inline strings (no shared-string
 * table to keep in step), numbers into number cells, the heading row is bold and frozen.
 *
 * <p>Text is escaped for XML and stripped of the characters XML 1.0 cannot hold (control characters, lone
 * surrogates), which would otherwise make Excel "repair" the file; a cell longer than Excel's 32,767 characters is
 * cut there for the same reason.
 */
public final class XlsxExport {

    static final int MAX_CELL_CHARS = 32_767;
    private static final int MAX_SHEET_NAME = 31;

    private static final String CONTENT_TYPES_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""";
    private static final String SHEET_TYPE = "<Override PartName=\"/xl/worksheets/sheet%d.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    private static final String ROOT_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK_RELS_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId0" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>""";
    private static final String SHEET_REL = "<Relationship Id=\"rId%d\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
            + " Target=\"worksheets/sheet%d.xml\"/>";
    /** Style 0 is the default, style 1 bold for the heading row; Excel requires the two default fills. */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            </styleSheet>""";

    private XlsxExport() {}

    /** One sheet of a workbook: its tab name, an optional bold title row above the headings, and the table. */
    public record Sheet(String name, String title, ReportTable table) {}

    public static void write(ReportTable table, String sheetName, OutputStream out) throws IOException {
        write(List.of(new Sheet(sheetName, null, table)), out);
    }

    /** A workbook of the sheets in order; tab names made valid and unique as Excel requires. */
    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        StringBuilder types = new StringBuilder(CONTENT_TYPES_START);
        StringBuilder rels = new StringBuilder(WORKBOOK_RELS_START);
        StringBuilder names = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (int i = 1; i <= sheets.size(); i++) {
            types.append(SHEET_TYPE.formatted(i));
            rels.append(SHEET_REL.formatted(i, i));
            String name = sheetName(sheets.get(i - 1).name());
            while (!used.add(name.toLowerCase(Locale.ROOT))) {
                name = sheetName(name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - 3)) + "_" + i);
            }
            names.append("<sheet name=\"%s\" sheetId=\"%d\" r:id=\"rId%d\"/>".formatted(xml(name), i, i));
        }
        part(zip, "[Content_Types].xml", types.append("</Types>").toString());
        part(zip, "_rels/.rels", ROOT_RELS);
        part(zip, "xl/workbook.xml", workbook(names.toString()));
        part(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
        part(zip, "xl/styles.xml", STYLES);
        for (int i = 1; i <= sheets.size(); i++) {
            part(zip, "xl/worksheets/sheet" + i + ".xml", sheet(sheets.get(i - 1)));
        }
        zip.finish(); // not close(): the caller owns the stream
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String workbook(String sheets) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets>%s</sheets></workbook>""".formatted(sheets);
    }

    /** Excel refuses a sheet name over 31 characters, empty, or with any of {@code []:*?/\}. */
    static String sheetName(String name) {
        String cleaned =
                name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.codePointCount(0, cleaned.length()) <= MAX_SHEET_NAME
                ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_SHEET_NAME));
    }

    /** The headings (below the title, when there is one) stay in view while scrolling. */
    private static String sheet(Sheet sheet) {
        ReportTable table = sheet.table();
        boolean titled = sheet.title() != null && !sheet.title().isBlank();
        int headingRow = titled ? 2 : 1;
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetViews><sheetView workbookViewId="0">\
                <pane ySplit="%d" topLeftCell="A%d" activePane="bottomLeft" state="frozen"/>\
                </sheetView></sheetViews><sheetData>""".formatted(headingRow, headingRow + 1));
        if (titled) {
            row(s, 1, List.of(sheet.title()), true);
        }
        row(s, headingRow, List.copyOf(table.columns()), true);
        int r = headingRow + 1;
        for (List<Object> cells : table.rows()) {
            row(s, r++, cells, false);
        }
        return s.append("</sheetData></worksheet>").toString();
    }

    private static void row(StringBuilder s, int r, List<?> cells, boolean heading) {
        s.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell == null) {
                continue;
            }
            s.append("<c r=\"").append(column(c)).append(r).append('"');
            if (heading) {
                s.append(" s=\"1\"");
            }
            if (cell instanceof Number n) {
                s.append("><v>").append(ReportTable.number(n)).append("</v></c>");
            } else {
                s.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(xml(truncate((String) cell)))
                        .append("</t></is></c>");
            }
        }
        s.append("</row>");
    }

    /** 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_CELL_CHARS ? text : text.substring(0, MAX_CELL_CHARS);
    }

    static String xml(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> {
                    if (allowedInXml(cp)) {
                        s.appendCodePoint(cp);
                    }
                }
            }
        });
        return s.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
