package academy.xinfang.progress.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A report as exports see it: column headings and rows of cells. A cell is text, a number or null (empty). Dates
 * arrive already formatted as text, because how they read depends on the officer's zone, which the export does not
 * know.
 */
public record ReportTable(List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row " + (copy.size() + 1) + " has " + row.size() + " cells, expected " + columns.size());
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException("a cell is text, a number or null: "
                            + cell.getClass().getName());
                }
                if (cell instanceof Double d && !Double.isFinite(d) || cell instanceof Float f && !Float.isFinite(f)) {
                    throw new IllegalArgumentException("not a finite number: " + cell);
                }
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // List.copyOf refuses nulls
        }
        rows = List.copyOf(copy);
    }

    /** Numbers as a spreadsheet should read them: no exponent, no trailing {@code .0} on whole numbers. */
    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15
                    ? Long.toString((long) d)
                    : new BigDecimal(n.toString()).toPlainString();
        }
        return n instanceof BigDecimal b ? b.toPlainString() : n.toString();
    }
}
