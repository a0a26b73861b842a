package academy.xinfang.roleplay.application;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import academy.xinfang.roleplay.persistence.RolePlayRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the scenario folder ({@code academy.scenarios.dir}) at startup and when an administrator asks, and keeps the
 * last report for the admin page; see {@link ScenarioImporter} for the rules.
 */
@Stateless
public class ScenarioImportService {
    @Inject
    AuditLog audit;

    @Resource
    SessionContext sessionContext;

    private static final Logger LOG = Logger.getLogger(ScenarioImportService.class.getName());

    @Inject
    RolePlayRepository repository;

    @Inject
    Clock clock;

    @Inject
    ScenarioImportLog log;

    @Inject
    @ConfigProperty(name = "academy.scenarios.dir", defaultValue = "quizzes/scenarios")
    String scenariosDir;

    /** Called by the startup bean only, before any user exists in the request. */
    @PermitAll
    public ScenarioImportReport importOnStartup() {
        return importFolder();
    }

    @RolesAllowed("ADMIN")
    public ScenarioImportReport reimport() {
        ScenarioImportReport report = importFolder();
        audit.record(sessionContext.getCallerPrincipal().getName(), AuditAction.SCENARIOS_REIMPORTED, "",
                "added=" + report.added() + " updated=" + report.updated() + " refused=" + report.refused());
        return report;
    }

    @RolesAllowed("ADMIN")
    public ScenarioImportReport lastReport() {
        return log.last();
    }

    private ScenarioImportReport importFolder() {
        Path dir = Path.of(scenariosDir);
        ScenarioFolder.Result files = ScenarioFolder.read(dir);
        ScenarioImportReport report = new ScenarioImporter(repository, clock).importAll(files.files(), files.problems());
        LOG.info(() -> "event=roleplay.imported dir=" + dir.toAbsolutePath() + " added=" + report.added() + " updated="
                + report.updated() + " unchanged=" + report.unchanged() + " refused=" + report.refused());
        report.problems().forEach(p -> LOG.warning(() -> "event=roleplay.problem " + p));
        log.record(report);
        return report;
    }
}
