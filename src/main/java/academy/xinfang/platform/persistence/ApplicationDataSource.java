package academy.xinfang.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's own datasource. Its URL and credentials come from MicroProfile Config ({@code db.url},
 * {@code db.user}, {@code db.password}, overridden by {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}), so the
 * same WAR runs on the embedded H2 file and on MySQL/MariaDB.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "academy.xinfang.platform.persistence.AcademyDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class ApplicationDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/academy";
}
