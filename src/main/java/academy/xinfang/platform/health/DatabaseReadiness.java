package academy.xinfang.platform.health;

import academy.xinfang.platform.persistence.ApplicationDataSource;
import academy.xinfang.platform.persistence.PlatformStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is migrated and the database answers: a load balancer must not send users earlier. The
 * answer is UP or DOWN and nothing else, since /health is open to anyone: which database, which error and why stay
 * in the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PlatformStartup startup;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("academy");
        if (!startup.isReady()) {
            return response.down().build();
        }
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            if (!valid) {
                LOG.warning("event=health.down reason=connection-not-valid");
            }
            return response.status(valid).build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "event=health.down reason=" + e.getClass().getSimpleName(), e);
            return response.down().build();
        }
    }
}
