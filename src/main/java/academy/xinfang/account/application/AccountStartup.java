package academy.xinfang.account.application;

import academy.xinfang.platform.persistence.ApplicationDataSource;
import academy.xinfang.platform.persistence.StartupLock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Makes sure an administrator exists once the schema is migrated, before the first request (startup singletons are
 * all ready before any request is served). A failure here fails the deployment: a fresh installation would have no
 * way in. Nodes of a cluster starting together take turns ({@link StartupLock}), so that the second finds the
 * administrator the first made instead of failing on its name; no transaction surrounds this bean, so the first
 * node's administrator is committed before the second looks.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountStartup {
    @Inject
    FirstAdministrator firstAdministrator;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void start() {
        StartupLock.runAlone(
                dataSource, "academy.firstAdministrator", Duration.ofMinutes(2), firstAdministrator::ensureExists);
    }
}
