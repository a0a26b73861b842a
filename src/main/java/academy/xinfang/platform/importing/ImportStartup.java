package academy.xinfang.platform.importing;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Imports every feature's folder once the schema is migrated, in {@link ImportSource#order() order}, each in its own
 * transaction (no transaction surrounds this bean). A bad file is reported, never fatal; neither is a failed import
 * as a whole (typically two cluster nodes importing the same new file at once, one losing on the unique key): the
 * versions already published stay, the next kinds are still imported, and the application still starts. Nodes of a
 * cluster starting together import in turn ({@link StartupLock}): the second finds everything imported.
 *
 * <p>Importing parses every file (Markdown, YAML) and compares it with the database, seconds of a start. A start that
 * finds the folders and the build exactly as at the last import that refused nothing ({@link ImportDigest}) skips it:
 * every file would be unchanged. Any other start imports, and only a clean import is remembered.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportStartup {
    private static final Logger LOG = Logger.getLogger(ImportStartup.class.getName());

    /** Longer than an import of the shipped folders takes on a busy machine. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(5);

    @Inject
    ImportService imports;

    @Inject
    Clock clock;

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void start() {
        StartupLock.runAlone(dataSource, "academy.import", LOCK_WAIT, this::importAll);
    }

    private void importAll() {
        StartupImports last = new StartupImports(dataSource);
        Map<String, FileSet.Read> read = imports.readForStartup();
        Optional<String> digest = ImportDigest.of(build(), read);
        if (digest.isPresent() && digest.equals(lastDigest(last))) {
            LOG.info("event=import.skipped reason=unchanged");
            imports.recordUnchangedOnStartup(read, clock.instant());
            return;
        }
        boolean clean = true;
        for (String kind : imports.kinds()) {
            try {
                clean &= imports.importOnStartup(kind).refused() == 0;
            } catch (RuntimeException e) {
                clean = false;
                LOG.log(Level.SEVERE, "event=" + kind + ".importFailed reason=" + e, e);
            }
        }
        try {
            if (clean && digest.isPresent()) {
                last.save(digest.get(), clock.instant());
            } else {
                last.forget();
            }
        } catch (SQLException e) {
            // the next start then imports again, as every start did before there was a digest
            LOG.log(Level.WARNING, "event=import.digestNotSaved reason=" + e, e);
        }
    }

    private static Optional<String> lastDigest(StartupImports last) {
        try {
            return last.lastDigest();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "event=import.digestUnknown reason=" + e, e);
            return Optional.empty();
        }
    }

    /** The build's time, written by the build (pom.xml) into build.properties beside this class. */
    static String build() {
        try (InputStream in = ImportStartup.class.getResourceAsStream("build.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("build", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
