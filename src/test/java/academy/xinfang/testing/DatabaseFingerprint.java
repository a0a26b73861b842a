package academy.xinfang.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, as one hash per table over every row and column, so that a test can say "nothing saved
 * changed". Rows are hashed one by one and the row hashes sorted, so the order the database returns them in does not
 * matter. An append-only table (an audit log, which rightly records refused actions too) is compared on the rows that
 * existed before only: new rows may come, existing ones must stay as they were.
 */
public final class DatabaseFingerprint {
    private final Map<String, String> appendOnly;
    /** Append-only table → the largest id when the first fingerprint was taken. */
    private final Map<String, String> bounds;

    private final Map<String, String> tables;

    private DatabaseFingerprint(
            Map<String, String> appendOnly, Map<String, String> bounds, Map<String, String> tables) {
        this.appendOnly = appendOnly;
        this.bounds = bounds;
        this.tables = tables;
    }

    /**
     * @param appendOnly lower-case table name → its id column: only rows with an id up to the largest now present
     *     are hashed, here and by {@link #again}
     */
    public static DatabaseFingerprint of(Connection c, Map<String, String> appendOnly) throws SQLException {
        Map<String, String> bounds = new TreeMap<>();
        for (String table : tableNames(c)) {
            String idColumn = appendOnly.get(table.toLowerCase(Locale.ROOT));
            if (idColumn != null) {
                bounds.put(table, maxId(c, table, idColumn));
            }
        }
        return take(c, appendOnly, bounds);
    }

    /** Whether the append-only tables have gained no rows since this fingerprint was first taken. */
    public boolean isCurrent(Connection c) throws SQLException {
        for (var bound : bounds.entrySet()) {
            if (!maxId(c, bound.getKey(), appendOnly.get(bound.getKey().toLowerCase(Locale.ROOT)))
                    .equals(bound.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The same tables now, append-only ones up to the same ids as this fingerprint. */
    public DatabaseFingerprint again(Connection c) throws SQLException {
        return take(c, appendOnly, bounds);
    }

    private static DatabaseFingerprint take(Connection c, Map<String, String> appendOnly, Map<String, String> bounds)
            throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        for (String table : tableNames(c)) {
            String idColumn = appendOnly.get(table.toLowerCase(Locale.ROOT));
            String sql = "SELECT * FROM \"" + table + "\"";
            if (idColumn != null) {
                sql += " WHERE " + idColumn + " <= " + bounds.getOrDefault(table, "0");
            }
            tables.put(table, hash(c, sql));
        }
        return new DatabaseFingerprint(appendOnly, bounds, tables);
    }

    private static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                                + " AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String maxId(Connection c, String table, String idColumn) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + idColumn + "), 0) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String hash(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                MessageDigest row = sha256();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.update(value(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    row.update((byte) 0x1F);
                }
                rows.add(HexFormat.of().formatHex(row.digest()));
            }
        }
        rows.sort(null);
        MessageDigest table = sha256();
        rows.forEach(r -> table.update(r.getBytes(StandardCharsets.US_ASCII)));
        return rows.size() + ":" + HexFormat.of().formatHex(table.digest());
    }

    private static String value(Object o) throws SQLException {
        if (o == null) {
            return "\u0000null";
        }
        if (o instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        if (o instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (o instanceof Clob clob) {
            try (Reader r = clob.getCharacterStream()) {
                StringBuilder b = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = r.read(buffer)) > 0; ) {
                    b.append(buffer, 0, n);
                }
                return b.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return o.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables whose rows differ from {@code other}'s (empty when nothing changed). */
    public List<String> changedSince(DatabaseFingerprint other) {
        List<String> changed = new ArrayList<>();
        for (var e : tables.entrySet()) {
            if (!e.getValue().equals(other.tables.get(e.getKey()))) {
                changed.add(e.getKey() + " (" + other.tables.get(e.getKey()) + " -> " + e.getValue() + ")");
            }
        }
        other.tables.keySet().stream().filter(k -> !tables.containsKey(k)).forEach(k -> changed.add(k + " (gone)"));
        return changed;
    }
}
