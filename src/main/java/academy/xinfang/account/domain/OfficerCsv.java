package academy.xinfang.account.domain;

import academy.xinfang.platform.ControlCharacters;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bulk import of officers. County offices export from Excel, which writes GBK on Chinese Windows and UTF-8
 * (often with a BOM) elsewhere, so the encoding is detected: bytes that are valid UTF-8 are read as UTF-8, anything
 * else as GB18030 (a superset of GBK). The whole file is checked before anything is saved: the result holds either
 * rows to import or per-line errors, never both.
 */
public final class OfficerCsv {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5000;

    /** Accepted header names per column, English and Chinese. */
    private static final Map<String, List<String>> HEADERS = Map.of(
            "username", List.of("username", "用户名", "账号"),
            "display_name", List.of("display_name", "name", "姓名"),
            "department_code", List.of("department_code", "department", "部门编码", "部门代码"),
            "password", List.of("password", "initial_password", "初始密码", "密码"));

    public record Row(int line, String username, String displayName, String departmentCode, String password) {}

    public record LineError(int line, String key, List<Object> arguments) {}

    public record Result(List<Row> rows, List<LineError> errors, Charset charset) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private OfficerCsv() {}

    /**
     * @param departmentExists whether a department code is known
     * @param existingUsernames of the given (normalised) usernames, those that already have an account; called once
     */
    public static Result parse(
            byte[] bytes, Predicate<String> departmentExists, Function<Set<String>, Set<String>> existingUsernames) {
        List<LineError> errors = new ArrayList<>();
        if (bytes == null || bytes.length == 0) {
            return failure("csv.empty", null);
        }
        if (bytes.length > MAX_BYTES) {
            return failure("csv.tooLarge", null, MAX_BYTES / 1024 / 1024);
        }
        Charset charset = detectCharset(bytes);
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (ControlCharacters.in(text)) {
            // NUL and other control characters: not a spreadsheet export, and never to be stored in a name
            return failure("csv.binary", charset);
        }
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return failure("csv.empty", charset);
            }
            int[] columns = columnsOf(records.get(0), errors);
            if (!errors.isEmpty()) {
                return new Result(List.of(), errors, charset);
            }
            if (records.size() - 1 > MAX_ROWS) {
                return failure("csv.tooManyRows", charset, MAX_ROWS);
            }
            Set<String> seen = new HashSet<>();
            LineIndex lines = new LineIndex(text);
            for (CSVRecord rec : records.subList(1, records.size())) {
                if (rec.stream().allMatch(String::isBlank)) {
                    continue; // blank or ",,," lines, as spreadsheets leave them
                }
                int line = lines.lineAt(text, rec.getCharacterPosition());
                Row row = readRow(rec, line, columns, errors, seen, departmentExists);
                if (row != null) {
                    rows.add(row);
                }
            }
            Set<String> taken = existingUsernames.apply(seen);
            for (Row row : rows) {
                if (taken.contains(row.username())) {
                    errors.add(new LineError(row.line(), "csv.usernameTaken", List.of(row.username())));
                }
            }
            errors.sort(Comparator.comparingInt(LineError::line));
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            errors.add(new LineError(0, "csv.unreadable", List.of(String.valueOf(e.getMessage()))));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            return failure("csv.noRows", charset);
        }
        return errors.isEmpty() ? new Result(rows, List.of(), charset) : new Result(List.of(), errors, charset);
    }

    /** Physical line numbers (1-based) of character positions, so errors name the line an editor shows. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first non-blank character at or after the position (a record's position may lie on the blank lines before it). */
        int lineAt(String text, long position) {
            int p = (int) position;
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            int idx = Arrays.binarySearch(starts, p);
            return (idx >= 0 ? idx : -idx - 2) + 1;
        }
    }

    static Charset detectCharset(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("GB18030");
        }
    }

    private static int[] columnsOf(CSVRecord header, List<LineError> errors) {
        String[] names = {"username", "display_name", "department_code", "password"};
        int[] columns = new int[names.length];
        for (int c = 0; c < names.length; c++) {
            columns[c] = -1;
            for (int i = 0; i < header.size(); i++) {
                String cell = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (HEADERS.get(names[c]).contains(cell)) {
                    columns[c] = i;
                }
            }
            if (columns[c] < 0) {
                errors.add(new LineError(1, "csv.missingColumn", List.of(names[c])));
            }
        }
        return columns;
    }

    private static Row readRow(
            CSVRecord rec,
            int line,
            int[] columns,
            List<LineError> errors,
            Set<String> seen,
            Predicate<String> departmentExists) {
        String[] cells = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            cells[c] = columns[c] < rec.size() ? rec.get(columns[c]).strip() : "";
        }
        int before = errors.size();
        String username = null;
        try {
            username = User.normaliseUsername(cells[0]);
            if (!seen.add(username)) {
                errors.add(new LineError(line, "csv.duplicateInFile", List.of(username)));
            }
        } catch (AccountException e) {
            errors.add(new LineError(line, e.key(), List.of(e.arguments())));
        }
        if (cells[1].isEmpty() || cells[1].length() > 100) {
            errors.add(new LineError(line, "user.badDisplayName", List.of()));
        }
        if (!departmentExists.test(cells[2])) {
            errors.add(new LineError(line, "csv.unknownDepartment", List.of(cells[2])));
        }
        try {
            // the shared first password is changed at first login, but until then it opens every imported account
            PasswordPolicy.check(cells[3], username == null ? cells[0] : username);
        } catch (AccountException e) {
            errors.add(new LineError(line, e.key(), List.of(e.arguments())));
        }
        return errors.size() == before ? new Row(line, username, cells[1], cells[2], cells[3]) : null;
    }

    private static Result failure(String key, Charset charset, Object... args) {
        return new Result(List.of(), List.of(new LineError(0, key, List.of(args))), charset);
    }
}
