package academy.xinfang.content.application;

import academy.xinfang.platform.audit.AuditAction;
import academy.xinfang.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import academy.xinfang.content.domain.MarkdownRenderer;
import academy.xinfang.content.persistence.ModuleRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Imports the content folder at startup and when an administrator asks; keeps the last report for the admin page. */
@Stateless
public class ContentImportService {
    @Inject
    AuditLog audit;

    @Resource
    SessionContext sessionContext;

    private static final Logger LOG = Logger.getLogger(ContentImportService.class.getName());
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    @Inject
    ModuleRepository modules;

    @Inject
    Clock clock;

    @Inject
    ContentImportLog log;

    @Inject
    @ConfigProperty(name = "academy.content.dir", defaultValue = "content")
    String contentDir;

    /** Called by the startup bean only, before any user exists in the request. */
    @PermitAll
    public ImportReport importOnStartup() {
        return importFolder();
    }

    @RolesAllowed("ADMIN")
    public ImportReport reimport() {
        ImportReport report = importFolder();
        audit.record(sessionContext.getCallerPrincipal().getName(), AuditAction.CONTENT_REIMPORTED, contentDir,
                "added=" + report.added() + " updated=" + report.updated() + " refused=" + report.refused());
        return report;
    }

    @RolesAllowed("ADMIN")
    public ImportReport lastReport() {
        return log.last();
    }

    private ImportReport importFolder() {
        ContentFolder.Result files = ContentFolder.read(Path.of(contentDir));
        ImportReport report = new ModuleImporter(modules, RENDERER, clock).importAll(files.files(), files.problems());
        log.record(report);
        LOG.info(() -> "event=content.imported dir=" + Path.of(contentDir).toAbsolutePath() + " added=" + report.added()
                + " updated=" + report.updated() + " unchanged=" + report.unchanged() + " refused=" + report.refused());
        report.problems().forEach(p -> LOG.warning(() -> "event=content.problem " + p));
        return report;
    }
}
