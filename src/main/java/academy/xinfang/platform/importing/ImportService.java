package academy.xinfang.platform.importing;

import academy.xinfang.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Imports a feature's folder ({@link ImportSource}) at startup and when an administrator asks, each import in its own
 * transaction, and keeps the last report of each kind for the admin pages.
 */
@Stateless
public class ImportService {
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    @Inject
    @Any
    Instance<ImportSource> sources;

    @Inject
    ImportLog log;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext sessionContext;

    /** The kinds of import in the order startup runs them. */
    @PermitAll
    public List<String> kinds() {
        return sources.stream()
                .sorted(Comparator.comparingInt(ImportSource::order))
                .map(ImportSource::kind)
                .toList();
    }

    /** Called by the startup bean only, before any user exists in the request. */
    @PermitAll
    public ImportReport importOnStartup(String kind) {
        return importFolder(source(kind));
    }

    /** The files of every kind, as startup would import them, in startup order (for the startup bean's digest). */
    @PermitAll
    public Map<String, FileSet.Read> readForStartup() {
        Map<String, FileSet.Read> read = new LinkedHashMap<>();
        for (String kind : kinds()) {
            ImportSource source = source(kind);
            read.put(kind, source.files().read(source.folder()));
        }
        return read;
    }

    /**
     * Startup found every folder as it was at the last clean import: each kind's report is what importing it again
     * would say (every file unchanged, nothing refused), without parsing a file.
     */
    @PermitAll
    public void recordUnchangedOnStartup(Map<String, FileSet.Read> read, Instant at) {
        read.forEach((kind, files) -> {
            ImportReport report = new ImportReport(at, 0, 0, files.files().size(), 0, List.of());
            LOG.info(() -> "event=" + kind + ".unchanged unchanged=" + report.unchanged());
            log.record(kind, report);
        });
    }

    @RolesAllowed("ADMIN")
    public ImportReport reimport(String kind) {
        ImportSource source = source(kind);
        ImportReport report = importFolder(source);
        source.auditAction()
                .ifPresent(action -> audit.record(
                        sessionContext.getCallerPrincipal().getName(),
                        action,
                        source.folder().toString(),
                        "added=" + report.added() + " updated=" + report.updated() + " refused=" + report.refused()));
        return report;
    }

    @RolesAllowed("ADMIN")
    public ImportReport lastReport(String kind) {
        return log.last(kind);
    }

    private ImportSource source(String kind) {
        return sources.stream()
                .filter(s -> s.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no import of kind " + kind));
    }

    private ImportReport importFolder(ImportSource source) {
        Path dir = source.folder();
        FileSet.Read files = source.files().read(dir);
        ImportReport report = source.importer().importAll(files.files(), files.problems());
        String kind = source.kind();
        LOG.info(() -> "event=" + kind + ".imported dir=" + dir.toAbsolutePath() + " added=" + report.added()
                + " updated=" + report.updated() + " unchanged=" + report.unchanged() + " refused="
                + report.refused());
        report.problems().forEach(p -> LOG.warning(() -> "event=" + kind + ".problem " + p));
        log.record(kind, report);
        return report;
    }
}
