package academy.xinfang.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The class behind the application's datasource. Payara pools it; it opens connections with the driver that the
 * configured URL names, so one WAR serves the embedded H2 default and MySQL/MariaDB through Connector/J, chosen by
 * {@code DB_URL} alone. {@code jdbc:mariadb:} URLs are accepted and handed to Connector/J as {@code jdbc:mysql:}.
 */
public class AcademyDataSource implements DataSource {
    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * The URL as the chosen driver expects it. An H2 URL that does not choose a write delay gets {@code WRITE_DELAY=0}:
     * H2's default of 500 ms acknowledges a commit before writing it, so a killed process lost answers the server had
     * already confirmed as saved (QuizCrashIT).
     */
    public static String driverUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("db.url (DB_URL) is not set");
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return "jdbc:mysql:" + url.substring("jdbc:mariadb:".length());
        }
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }

    static String driverClass(String driverUrl) {
        if (driverUrl.startsWith("jdbc:h2:")) {
            return "org.h2.Driver";
        }
        if (driverUrl.startsWith("jdbc:mysql:")) {
            return "com.mysql.cj.jdbc.Driver";
        }
        throw new IllegalArgumentException(
                "Unsupported database URL (expected jdbc:h2:, jdbc:mysql: or jdbc:mariadb:): "
                        + driverUrl.replaceAll("password=[^&;]*", "password=***"));
    }

    private Driver driver(String driverUrl) throws SQLException {
        try {
            return (Driver) Class.forName(driverClass(driverUrl), true, AcademyDataSource.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver not available for " + driverUrl, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        String target = driverUrl(url);
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (pass != null) {
            props.setProperty("password", pass);
        }
        Connection connection = driver(target).connect(target, props);
        if (connection == null) {
            throw new SQLException("Driver refused URL " + target);
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Payara logs through java.util.logging; nothing to keep.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
