package academy.xinfang.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Makes sure an administrator exists once the schema is migrated, before the first request (startup singletons are
 * all ready before any request is served). A failure here fails the deployment: a fresh installation would have no
 * way in.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
public class AccountStartup {
    @Inject
    FirstAdministrator firstAdministrator;

    @PostConstruct
    void start() {
        firstAdministrator.ensureExists();
    }
}
