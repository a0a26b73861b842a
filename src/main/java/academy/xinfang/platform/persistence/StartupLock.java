package academy.xinfang.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A lock that nodes of a cluster starting at the same moment take in turn around work each must do once at start
 * (making the first administrator, importing the content folders): on an empty MySQL/MariaDB database the second node
 * failed to deploy on the administrator the first had just made, and two imports of the same files deadlocked (a kind
 * whose import both nodes lost stayed missing until the next start). MySQL's named locks ({@code GET_LOCK}) belong
 * to a connection, so a node that dies while holding one releases it with its connection. H2 is one process's
 * database: no lock is needed.
 */
public final class StartupLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    private final Connection connection;
    private final String name;

    private StartupLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /**
     * Runs the work while holding the lock, or without it when the database cannot give it (the work is then done as
     * it was before there was a lock). The work must commit its own transactions: the lock is let go when it returns.
     */
    public static void runAlone(DataSource dataSource, String name, Duration wait, Runnable work) {
        StartupLock lock = null;
        try {
            lock = take(dataSource, name, wait);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "event=startupLock.failed lock=" + name + " reason=" + e, e);
        }
        try {
            work.run();
        } finally {
            if (lock != null) {
                try {
                    lock.close();
                } catch (SQLException e) {
                    // the lock goes with its connection, which close() ends in any case
                    LOG.log(Level.WARNING, "event=startupLock.releaseFailed lock=" + name + " reason=" + e, e);
                }
            }
        }
    }

    /**
     * Waits up to {@code wait} for the lock. Returns a lock that holds nothing on H2, and when the wait runs out (the
     * work is then done without it, as before: a start must not hang on a node that hangs).
     */
    public static StartupLock take(DataSource dataSource, String name, Duration wait) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                connection.close();
                return new StartupLock(null, name);
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                s.setString(1, name);
                s.setLong(2, wait.toSeconds());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getInt(1) == 1) {
                        return new StartupLock(connection, name);
                    }
                }
            }
            LOG.warning(() -> "event=startupLock.timeout lock=" + name + " waited=" + wait.toSeconds() + "s");
            connection.close();
            return new StartupLock(null, name);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Whether this node holds the lock (false on H2 and after a wait that ran out). */
    public boolean held() {
        return connection != null;
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            return;
        }
        try (connection;
                PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, name);
            s.executeQuery().close();
        }
    }
}
