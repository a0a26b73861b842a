package academy.xinfang.platform.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The digest of the last startup import that refused nothing (table {@code startup_import}, one row), in plain JDBC
 * with auto-commit: {@link ImportStartup} runs without a container transaction, each import committing its own.
 */
final class StartupImports {
    private static final int ROW = 1;

    private final DataSource dataSource;

    StartupImports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<String> lastDigest() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT digest FROM startup_import WHERE id = ?")) {
            s.setInt(1, ROW);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    void save(String digest, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update =
                    c.prepareStatement("UPDATE startup_import SET digest = ?, imported_at = ? WHERE id = ?")) {
                update.setString(1, digest);
                update.setTimestamp(2, Timestamp.from(at));
                update.setInt(3, ROW);
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO startup_import (id, digest, imported_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, ROW);
                insert.setString(2, digest);
                insert.setTimestamp(3, Timestamp.from(at));
                insert.executeUpdate();
            }
        }
    }

    /** Forgets the digest: the next start imports everything (after an import that refused a file or failed). */
    void forget() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM startup_import WHERE id = ?")) {
            s.setInt(1, ROW);
            s.executeUpdate();
        }
    }
}
