package academy.xinfang.progress.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report as CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark (without it Excel on a
 * Chinese Windows reads the file as GBK and shows garbage), comma separated, CRLF line ends, quotes where needed.
 *
 * <p>Text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe: a spreadsheet
 * would otherwise run it as a formula, and names and answers come from users (OWASP "CSV injection"). Numbers are
 * cells of their own type and are never touched, so {@code -5} stays a number.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    private CsvExport() {}

    public static void write(ReportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.columns().stream().map(CsvExport::text).toList());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                cells.add(cell == null ? "" : cell instanceof Number n ? ReportTable.number(n) : text((String) cell));
            }
            printer.printRecord(cells);
        }
        printer.flush(); // not close(): the caller owns the stream (a servlet response)
    }

    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
