package academy.xinfang.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Says at startup when the database may lose a commit it has acknowledged. The server answers "saved" once the
 * transaction commits; that promise only holds if the database writes the commit before it returns: H2 with
 * {@code WRITE_DELAY=0} (which {@link AcademyDataSource} sets unless the URL chooses otherwise), InnoDB with
 * {@code innodb_flush_log_at_trx_commit=1} (MySQL's and MariaDB's default).
 */
public final class DatabaseDurability {
    private DatabaseDurability() {}

    /** A warning to log, or empty when every acknowledged commit is on disk. */
    public static Optional<String> warning(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String sql = isH2(product)
                ? "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'"
                : "SELECT @@innodb_flush_log_at_trx_commit";
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return warning(product, rs.next() ? rs.getString(1) : null);
        }
    }

    /**
     * The rule: given the database product (as JDBC names it) and its setting that decides when a commit reaches the
     * disk (H2's {@code WRITE_DELAY}, otherwise InnoDB's {@code innodb_flush_log_at_trx_commit}), a warning or empty.
     */
    static Optional<String> warning(String product, String value) {
        if (isH2(product)) {
            return "0".equals(value)
                    ? Optional.empty()
                    : Optional.of("H2 WRITE_DELAY is " + value + " ms: commits of the last moments before a crash can"
                            + " be lost; remove WRITE_DELAY from DB_URL or set it to 0");
        }
        return "1".equals(value)
                ? Optional.empty()
                : Optional.of("innodb_flush_log_at_trx_commit is " + value + ": commits acknowledged in the second"
                        + " before a database crash can be lost; set it to 1 on the database server");
    }

    private static boolean isH2(String product) {
        return "H2".equalsIgnoreCase(product);
    }
}
