package academy.xinfang.testing;

import academy.xinfang.platform.persistence.AcademyDataSource;
import academy.xinfang.platform.persistence.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fresh, migrated database for one repository test: an in-memory H2 (in the mode the application uses) or a new
 * database on the MariaDB server of {@link TestDatabases}. The schema comes from the real Flyway scripts; the
 * entity manager uses the application's persistence unit, switched to resource-local transactions.
 */
public final class TestDatabase implements AutoCloseable {
    public enum Kind {
        H2,
        MARIADB
    }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String dropStatement;
    private final EntityManagerFactory emf;

    private TestDatabase(Kind kind, String url, String user, String password, String dropStatement) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropStatement = dropStatement;
        AcademyDataSource ds = new AcademyDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        DatabaseMigrations.migrate(ds);
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.nonJtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", AcademyDataSource.driverUrl(url));
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.session-name", "test-" + UUID.randomUUID());
        this.emf = Persistence.createEntityManagerFactory("academy", props);
    }

    static TestDatabase h2() {
        String url = "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        return new TestDatabase(Kind.H2, url, "sa", "", "SHUTDOWN");
    }

    static TestDatabase mariaDb(String serverUrl, String user, String password) {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(AcademyDataSource.driverUrl(serverUrl), user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl + ": " + e.getMessage(), e);
        }
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        return new TestDatabase(Kind.MARIADB, base + name, user, password, "DROP DATABASE " + name);
    }

    public Kind kind() {
        return kind;
    }

    /** Runs work in one committed transaction on a fresh entity manager. */
    public void inTransaction(Consumer<EntityManager> work) {
        apply(em -> {
            work.accept(em);
            return null;
        });
    }

    public <T> T apply(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** A plain JDBC connection, to check what really reached the tables. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(AcademyDataSource.driverUrl(url), user, password);
    }

    @Override
    public void close() throws SQLException {
        emf.close();
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            s.execute(dropStatement);
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
